namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A day word: offset in days from the reference date, optional TIMEX3 part of day.</summary>
public sealed class RelativeDayEntry
{
    public required int Offset { get; init; }

    public string? Part { get; init; }
}
