namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>The month and year of a day-precise date, so "24" in "July 23 and 24" can share them.</summary>
internal readonly record struct DayAnchor(int Year, int Month, bool DayFirst);
