namespace StaticBriefing.Annotation.Dates;

/// <summary>How far a phrase such as "the day before" or "the following week" lies from the day last named; "that night" also names a part of that day.</summary>
internal sealed record LastNamedDayShift(int Offset, LastNamedDayUnit Unit, string? Part = null);
