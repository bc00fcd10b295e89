namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The words that can start a cue, each with a bit per cue set it starts a pattern of. Tokens
/// carry these bits, so a cue set skips, without a lookup, every token none of its patterns
/// starts with. Built once, then read-only (safe to share between threads).
/// </summary>
public sealed class Vocabulary
{
    // Each word's cue bits and its id (its number in order of registration).
    private readonly Dictionary<string, (ulong Mask, int Id)> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ulong Mask, int Id)>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private int sets;

    public Vocabulary() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words are registered; ids run from 0 to Count - 1.</summary>
    public int Count => words.Count;

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
                    words[word] = words.TryGetValue(word, out var known) ? (known.Mask | bit, known.Id) : (bit, words.Count);
                }
            }
        }
        return bit;
    }

    /// <summary>The shared string, cue bits and id of a known word.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string text, out ulong mask, out int id)
    {
        if (lookup.TryGetValue(word, out text!, out var entry))
        {
            (mask, id) = entry;
            return true;
        }
        text = string.Empty;
        (mask, id) = (0, -1);
        return false;
    }

    /// <summary>The id of a registered word, or -1.</summary>
    public int IdOf(string word) => words.TryGetValue(word, out var entry) ? entry.Id : -1;
}
