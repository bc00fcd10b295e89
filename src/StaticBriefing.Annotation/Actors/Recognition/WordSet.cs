namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>A set of words looked up by span, without allocating, either case-sensitive or not.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        var set = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(word.Trim());
        }
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
