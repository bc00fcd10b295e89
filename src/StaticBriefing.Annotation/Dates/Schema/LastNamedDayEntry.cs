namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A phrase counted from the day the text last named: an offset in days, weeks or months.</summary>
public sealed class LastNamedDayEntry
{
    public required int Offset { get; init; }

    public required string Unit { get; init; }
}
