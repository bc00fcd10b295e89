using StaticBriefing.Dating;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Disagreements;

/// <summary>One sentence's exact days for an event, with the words that gave them.</summary>
public sealed record DatedStatement(IndexedBrief Brief, string Anchor, SortedSet<DateOnly> Days, List<string> Words)
{
    public DateSpan Span => new(Days.Min, Days.Max);

    public string Value => Days.Count > 1 && Days.Max.DayNumber - Days.Min.DayNumber + 1 != Days.Count
        ? string.Join(", ", Days.Select(day => new DateSpan(day, day).Label))
        : Span.Label;
}
