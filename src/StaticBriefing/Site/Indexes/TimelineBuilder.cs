using StaticBriefing.Annotation.Model;
using StaticBriefing.Dating;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// The timeline: every dated sentence of every brief, grouped by the days it covers and in date
/// order (fuzzy dates as ranges). A row carries each date disagreement that one of its sentences
/// takes part in on the row's days, so the flag shows where the reader looks.
/// </summary>
public static class TimelineBuilder
{
    public static EquatableArray<TimelineEvent> Build(IReadOnlyList<IndexedBrief> briefs, IReadOnlyList<Disagreement> disagreements)
    {
        var dated = new List<(TimelineMention Mention, DateSpan When)>();
        foreach (var brief in briefs)
        {
            foreach (var date in brief.Brief.Dates.OrderBy(date => brief.Position(date.Sentence)))
            {
                if (TimexDate.Read(date.Value, date.Type, date.Mod)?.Span is { } when)
                {
                    dated.Add((new TimelineMention(date.Text, date.Value, date.Mod, brief.SourceKey, brief.Cite(date.Sentence, date.Text)), when));
                }
            }
        }
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        return dated
            .GroupBy(entry => entry.When)
            .OrderBy(group => group.Key)
            .ThenBy(group => group.Key.Iso, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Label, StringComparer.Ordinal)
            .Select(group =>
            {
                var mentions = group.Select(entry => entry.Mention).ToList();
                var involved = disagreements
                    .Where(disagreement => disagreement.Kind == "date" && disagreement.Voices.Any(voice =>
                        voice.Days is { } days && days.Overlaps(group.Key)
                        && mentions.Any(mention => mention.Citation.BriefId == voice.Citation.BriefId && mention.Citation.Anchor == voice.Citation.Anchor)))
                    .ToEquatableArray();
                var anchors = mentions.Select(mention => TimelineAnchors.For(mention.Value)).OfType<string>().Where(anchored.Add);
                return new TimelineEvent(group.Key, mentions.ToEquatableArray(), involved, anchors.ToEquatableArray());
            })
            .ToEquatableArray();
    }
}
