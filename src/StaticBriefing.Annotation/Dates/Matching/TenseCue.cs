namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>What a word near a date says about its direction: before or after the reference, or ahead of a past event ("agreed to meet on Feb. 1").</summary>
internal enum TenseCue
{
    Past,
    Future,
    AheadOfPast,
}
