namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A phrase counted from the day the text last named: an offset in days, weeks or months, and for a day an optional part of day.</summary>
public sealed class LastNamedDayEntry
{
    public required int Offset { get; init; }

    public required string Unit { get; init; }

    /// <summary>Optional TIMEX3 part of day ("that night" = NI); only with unit day.</summary>
    public string? Part { get; init; }
}
