namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>
/// A named day: a fixed <see cref="Month"/> and <see cref="Day"/>; or the <see cref="Nth"/>
/// <see cref="Weekday"/> of <see cref="Month"/> (-1 = the last); or <see cref="Easter"/> (western,
/// orthodox, or by_context: the nearest church cue decides) plus <see cref="Offset"/> days.
/// </summary>
public sealed class HolidayEntry
{
    public required List<string> Names { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Weekday { get; init; }

    public int? Nth { get; init; }

    public string? Easter { get; init; }

    public int Offset { get; init; }
}
