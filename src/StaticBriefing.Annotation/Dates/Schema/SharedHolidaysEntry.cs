namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>
/// Named days that several countries keep on different dates ("Independence Day"), and how many tokens
/// either side of such a name are searched for an owner's cue word in its sentence.
/// </summary>
public sealed class SharedHolidaysEntry
{
    public required int Window { get; init; }

    public required List<SharedHolidayEntry> Days { get; init; }
}
