using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// A row of the timeline: the days it covers and every sentence that dates something to them.
/// Disagreements are the possible disagreements on a date that one of its sentences takes part in.
/// Anchors are the ids ("d-2025-07-23") that date links in brief bodies land on: each TIMEX value
/// anchors the first row that holds it.
/// </summary>
public sealed record TimelineEvent(DateSpan When, EquatableArray<TimelineMention> Mentions, EquatableArray<Disagreement> Disagreements, EquatableArray<string> Anchors)
{
    public int Sources => Mentions.Select(mention => mention.SourceKey).Distinct(StringComparer.Ordinal).Count();
}
