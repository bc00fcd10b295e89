namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// Shares one string per distinct token text, so tokenising a long text does not allocate a
/// string per word. Bounded, so hostile input with millions of distinct words cannot grow it.
/// </summary>
public sealed class TokenInterner
{
    private const int MaxEntries = 50_000;

    [ThreadStatic]
    private static TokenInterner? forCurrentThread;

    /// <summary>
    /// One interner per thread, kept across texts: most words of the next article were seen in
    /// earlier ones, so they cost neither a string nor a table entry again. Not shared between
    /// threads, so it needs no lock.
    /// </summary>
    public static TokenInterner ForCurrentThread => forCurrentThread ??= new TokenInterner();
    private readonly Dictionary<string, string> table = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // Words already looked up in the vocabulary this interner is bound to, known or not: one probe
    // per token instead of a vocabulary lookup and then an interner lookup.
    private readonly WordCache words = new(MaxEntries);
    private Vocabulary? bound;

    public TokenInterner()
    {
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The shared string of a word with its vocabulary entry, if the vocabulary knows it;
    /// <paramref name="hash"/> is the word's <see cref="WordHash"/>, computed while it was normalised.
    /// </summary>
    internal VocabularyWord Look(ReadOnlySpan<char> text, int hash, Vocabulary vocabulary)
    {
        if (!ReferenceEquals(bound, vocabulary))
        {
            words.Clear();
            bound = vocabulary;
        }
        if (words.TryGet(text, hash, out var word))
        {
            return word;
        }
        word = vocabulary.TryGet(text, out var known, out var mask, out var id) ? new VocabularyWord(known, true, mask, id) : new VocabularyWord(Intern(text), false, 0);
        words.Add(hash, word);
        return word;
    }

    public string Intern(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }
        var created = new string(text);
        if (table.Count < MaxEntries)
        {
            table[created] = created;
        }
        return created;
    }
}
