using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// A dated event: TIMEX value and mod, the days it covers (inclusive), its label, its sources and the
/// keys of the date disagreements it takes part in (empty when no sources differ).
/// </summary>
public sealed record TimelineItem(
    string Key,
    string Value,
    TimexMod Mod,
    TimexPrecision Precision,
    DateOnly Start,
    DateOnly End,
    string Label,
    EquatableArray<TimelineSourceItem> Sources,
    EquatableArray<string> Disagreements);
