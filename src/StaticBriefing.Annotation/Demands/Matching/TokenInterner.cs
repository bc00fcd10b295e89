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

    public TokenInterner() => lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();

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
