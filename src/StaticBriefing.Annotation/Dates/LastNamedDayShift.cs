namespace StaticBriefing.Annotation.Dates;

/// <summary>How far a phrase such as "the day before" or "the following week" lies from the day last named.</summary>
internal sealed record LastNamedDayShift(int Offset, LastNamedDayUnit Unit);
