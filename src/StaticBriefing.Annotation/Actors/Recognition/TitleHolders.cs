namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Who was given each title in a text, in order of position, indexed by title: "the minister" asks for
/// the one titled last before it, and the official register for the only holder. Built once per text, so
/// a text of many titles is not walked once per anaphor.
/// </summary>
internal sealed class TitleHolders
{
    private readonly Dictionary<string, List<(int Position, int Actor)>> byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> distinct = new(StringComparer.Ordinal);

    public TitleHolders(IEnumerable<(int Position, int Actor, string Head)> heads)
    {
        var seen = new HashSet<(string Head, int Actor)>();
        foreach (var (position, actor, head) in heads.OrderBy(h => h.Position))
        {
            if (!byTitle.TryGetValue(head, out var holders))
            {
                byTitle[head] = holders = [];
                distinct[head] = [];
            }
            holders.Add((position, actor));
            if (seen.Add((head, actor)))
            {
                distinct[head].Add(actor);
            }
        }
    }

    /// <summary>The actor given <paramref name="title"/> last before <paramref name="position"/>, or -1.</summary>
    public int LastBefore(string title, int position)
    {
        if (!byTitle.TryGetValue(title, out var holders))
        {
            return -1;
        }
        var index = Model.SortedSearch.FirstIndexFrom(holders, position, holder => holder.Position) - 1;
        return index >= 0 ? holders[index].Actor : -1;
    }

    /// <summary>The different actors given <paramref name="title"/> in the text, in order of first position.</summary>
    public IReadOnlyList<int> Of(string title) => distinct.TryGetValue(title, out var actors) ? actors : [];
}
