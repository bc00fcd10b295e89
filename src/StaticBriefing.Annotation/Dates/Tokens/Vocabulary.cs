namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Ids for every word and symbol the temporal data mentions, looked up case-insensitively from
/// spans of the text so tokenizing allocates no strings.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(CaseFoldComparer.Instance);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Vocabulary() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<char, int> symbols = [];
    private int longest;

    public int Count => ids.Count;

    /// <summary>The id of a word, adding it when new (used while loading the data).</summary>
    public int Add(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var id))
        {
            return id;
        }
        id = ids.Count;
        lookup[word] = id;
        longest = Math.Max(longest, word.Length);
        if (word.Length == 1)
        {
            symbols[char.ToUpperInvariant(word[0])] = id;
            symbols[char.ToLowerInvariant(word[0])] = id;
        }
        return id;
    }

    public int Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return symbols.TryGetValue(word[0], out var symbol) ? symbol : -1;
        }
        return word.Length <= longest && lookup.TryGetValue(word, out var id) ? id : -1;
    }
}
