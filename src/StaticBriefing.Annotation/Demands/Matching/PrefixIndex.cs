using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The patterns of a cue set that open with a prefix ("demobili*"), by the prefix's first
/// <see cref="KeyLength"/> letters, so they are looked up at a token rather than tried everywhere.
/// </summary>
internal sealed class PrefixIndex
{
    public const int KeyLength = 3;

    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // The first two letters of the keys: most tokens need no lookup at all.
    private readonly InitialPairs initials;

    /// <param name="prefixes">Each prefix with the index of the pattern it opens, in pattern order.</param>
    public PrefixIndex(IEnumerable<(string Prefix, int Pattern)> prefixes)
    {
        foreach (var (prefix, pattern) in prefixes)
        {
            var key = prefix[..KeyLength];
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }
            list.Add(pattern);
        }
        lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        initials = new InitialPairs(byKey.Keys);
    }

    public int Count => byKey.Count;

    /// <summary>Whether every prefix is long enough to be indexed.</summary>
    public static bool CanIndex(string[] prefixes) => prefixes.All(p => p.Length >= KeyLength);

    /// <summary>Whether some prefix may open <paramref name="word"/>: two array reads, for every token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayOpen(string word) => byKey.Count > 0 && word.Length >= KeyLength && initials.MayStart(word);

    /// <summary>The patterns whose prefix's key opens <paramref name="word"/>, in order; empty when none.</summary>
    public ReadOnlySpan<int> Candidates(string word) =>
        lookup.TryGetValue(word.AsSpan(0, KeyLength), out var patterns) ? CollectionsMarshal.AsSpan(patterns) : [];
}
