using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Citations;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// Gathers the DATE annotations of all briefs into events, in date order (start, then end, then key).
/// Sources within an event are in publication order (oldest first, then brief id, then sentence order),
/// one per brief sentence. An event carries each date disagreement with a version from one of its
/// sentences that overlaps its days: the same rule the site's timeline rows use.
/// </summary>
public static class TimelineEvents
{
    public static EquatableArray<TimelineEvent> From(IEnumerable<Brief> briefs, AbsoluteUrls urls) => From(briefs, urls, []);

    public static EquatableArray<TimelineEvent> From(IEnumerable<Brief> briefs, AbsoluteUrls urls, IReadOnlyList<Disagreement> disagreements)
    {
        var citations = new CitationFactory(urls);
        var mentions =
            from brief in briefs
            from date in brief.Dates
            where date.Type == TimexType.Date
            let timex = TimexDate.Read(date.Value, date.Type, date.Mod)
            where timex is not null
            select (Timex: timex, Brief: brief, Date: date);
        var dateDisagreements = disagreements.Where(disagreement => disagreement.Kind == "date").ToList();
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
            .Select(item => item with { Disagreements = Involving(item, dateDisagreements) })
            .OrderBy(e => e.Date.Span.Start)
            .ThenBy(e => e.Date.Span.End)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static EquatableArray<Disagreement> Involving(TimelineEvent item, List<Disagreement> disagreements) =>
        disagreements
            .Where(disagreement => disagreement.Voices.Any(voice =>
                voice.Days is { } days && days.Overlaps(item.Date.Span)
                && item.Sources.Any(source => source.Citation.BriefId == voice.Citation.BriefId && source.Citation.Anchor == voice.Citation.Anchor)))
            .ToEquatableArray();
}
