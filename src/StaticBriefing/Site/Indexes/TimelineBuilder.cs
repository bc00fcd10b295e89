using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// The timeline: every dated sentence of every brief, grouped by the days it covers and in date
/// order (fuzzy dates as ranges), with possible disagreements between sources attached to both rows.
/// </summary>
public static class TimelineBuilder
{
    public static (EquatableArray<TimelineEvent> Events, IReadOnlyList<Disagreement> Disagreements) Build(IReadOnlyList<IndexedBrief> briefs)
    {
        var dated = new List<(TimelineMention Mention, DateSpan When, string Sentence)>();
        foreach (var brief in briefs)
        {
            foreach (var date in brief.Brief.Dates.OrderBy(date => brief.Position(date.Sentence)))
            {
                if (TimexSpan.From(date.Value, date.Type, date.Mod) is { } when)
                {
                    var mention = new TimelineMention(date.Text, date.Value, date.Mod, brief.SourceKey, brief.Cite(date.Sentence, date.Text));
                    dated.Add((mention, when, brief.SentenceText(date.Sentence)));
                }
            }
        }
        var found = DisagreementFinder.Dates(dated).ToList();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var events = dated
            .Select((entry, position) => (entry.Mention, entry.When, Position: position))
            .GroupBy(entry => entry.When)
            .OrderBy(group => group.Key)
            .ThenBy(group => group.Key.Iso, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Label, StringComparer.Ordinal)
            .Select(group =>
            {
                var mentions = group.Select(entry => entry.Mention).ToList();
                var positions = group.Select(entry => entry.Position).ToHashSet();
                var involved = found
                    .Where(pair => positions.Contains(pair.First) || positions.Contains(pair.Second))
                    .Select(pair => pair.Found)
                    .ToEquatableArray();
                var anchors = mentions.Select(mention => TimelineAnchors.For(mention.Value)).OfType<string>().Where(anchored.Add);
                return new TimelineEvent(group.Key, mentions.ToEquatableArray(), involved, anchors.ToEquatableArray());
            })
            .ToEquatableArray();
        return (events, found.Select(pair => pair.Found).ToList());
    }
}
