namespace StaticBriefing.Annotation.Dates;

/// <summary>A month or weekday name: its number, whether it is an abbreviation, whether it is also an ordinary word.</summary>
internal readonly record struct CalendarName(int Number, bool Abbreviation, bool Ambiguous);
