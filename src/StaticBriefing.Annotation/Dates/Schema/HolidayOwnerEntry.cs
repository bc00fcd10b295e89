namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>
/// A country's date for a shared holiday name, and the words that name that country ("Ukraine",
/// "Ukrainian", "Kyiv"): a fixed <see cref="Month"/> and <see cref="Day"/>, or the <see cref="Nth"/>
/// <see cref="Weekday"/> of the month.
/// </summary>
public sealed class HolidayOwnerEntry
{
    public required List<string> Cues { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Weekday { get; init; }

    public int? Nth { get; init; }
}
