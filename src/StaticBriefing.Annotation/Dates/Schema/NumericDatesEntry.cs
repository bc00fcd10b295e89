namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>All-digit dates ("22/07/2025"): their separators and whether the day comes first when both parts could be a month.</summary>
public sealed class NumericDatesEntry
{
    public required List<string> Separators { get; init; }

    public required bool DayFirst { get; init; }
}
