using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// A row of the timeline: the days it covers and every sentence that dates something to them.
/// Disagreements name other sources that give a different date for what looks like the same event.
/// </summary>
public sealed record TimelineEvent(DateSpan When, EquatableArray<TimelineMention> Mentions, EquatableArray<Disagreement> Disagreements)
{
    public int Sources => Mentions.Select(mention => mention.SourceKey).Distinct(StringComparer.Ordinal).Count();
}
