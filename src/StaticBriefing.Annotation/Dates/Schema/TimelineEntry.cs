namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A run of at least <see cref="MinLines"/> lines that each open with a date and one of <see cref="Separators"/>.</summary>
public sealed class TimelineEntry
{
    public required List<string> Separators { get; init; }

    public required int MinLines { get; init; }
}
