using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// Gathers the DATE annotations of all briefs into events, in date order (start, then end, then key).
/// Sources within an event are in publication order (oldest first, then brief id, then sentence order),
/// one per brief sentence.
/// </summary>
public static class TimelineEvents
{
    public static EquatableArray<TimelineEvent> From(IEnumerable<Brief> briefs, AbsoluteUrls urls)
    {
        var citations = new CitationFactory(urls);
        var mentions =
            from brief in briefs
            from date in brief.Dates
            where date.Type == TimexType.Date
            let timex = TimexDate.Read(date.Value, date.Type, date.Mod)
            where timex is not null
            select (Timex: timex, Brief: brief, Date: date);
        return mentions
            .GroupBy(m => TimelineEvent.KeyOf(m.Timex.Value, m.Timex.Mod), StringComparer.Ordinal)
            .Select(group => new TimelineEvent(
                group.First().Timex,
                group
                    .OrderBy(m => m.Brief.Metadata.Published.Anchor)
                    .ThenBy(m => m.Brief.Metadata.Id, StringComparer.Ordinal)
                    .ThenBy(m => CitationFactory.SentenceIndex(m.Brief, m.Date.Sentence))
                    .DistinctBy(m => (m.Brief.Metadata.Id, m.Date.Sentence))
                    .Select(m => new TimelineSource(
                        citations.Cite(m.Brief, m.Date.Sentence), m.Date.Text, m.Brief.Metadata.Outlet, m.Brief.Metadata.Published))
                    .ToEquatableArray()))
            .OrderBy(e => e.Date.Span.Start)
            .ThenBy(e => e.Date.Span.End)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
