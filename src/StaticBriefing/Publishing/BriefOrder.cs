using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing;

/// <summary>The one ordering of briefs every output uses: newest first, then by id, so ties are stable.</summary>
public static class BriefOrder
{
    public static IReadOnlyList<Brief> NewestFirst(IEnumerable<Brief> briefs) => briefs
        .OrderByDescending(b => b.Metadata.Published.Anchor)
        .ThenBy(b => b.Metadata.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The newest publication day: the feed's "updated" and the calendar's DTSTAMP (never the clock).</summary>
    public static DateOnly? NewestDate(IEnumerable<Brief> briefs) =>
        briefs.Select(b => (DateOnly?)b.Metadata.Published.Anchor).Max();
}
