namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>One shared name ("Independence Day") and the date each owner keeps it on.</summary>
public sealed class SharedHolidayEntry
{
    public required List<string> Names { get; init; }

    public required List<HolidayOwnerEntry> Owners { get; init; }
}
