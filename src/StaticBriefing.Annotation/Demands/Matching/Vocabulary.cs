namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The words that can start a cue, each with a bit per cue set it starts a pattern of. Tokens
/// carry these bits, so a cue set skips, without a lookup, every token none of its patterns
/// starts with. Built once, then read-only (safe to share between threads).
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, ulong> masks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private int sets;

    public Vocabulary() => lookup = masks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gives the set its bit and records the words its patterns start with.</summary>
    public ulong Register(IEnumerable<CuePattern> patterns)
    {
        if (sets == 64)
        {
            return 0;
        }
        var bit = 1UL << sets++;
        foreach (var pattern in patterns)
        {
            var first = pattern.Elements[0];
            if (first.Kind == ElementKind.Word)
            {
                foreach (var word in first.Alternatives)
                {
                    masks[word] = masks.GetValueOrDefault(word) | bit;
                }
            }
        }
        return bit;
    }

    /// <summary>The shared string and cue bits of a known word.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string text, out ulong mask)
    {
        if (lookup.TryGetValue(word, out text!, out mask))
        {
            return true;
        }
        text = string.Empty;
        mask = 0;
        return false;
    }
}
