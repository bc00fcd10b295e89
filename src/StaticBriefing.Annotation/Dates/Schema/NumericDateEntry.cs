namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>Dates written in digits with one separator ("24.11.2025", "16/08/2025"): the orders of day, month and year to try, in turn.</summary>
public sealed class NumericDateEntry
{
    public required string Separator { get; init; }

    public required List<string> Orders { get; init; }
}
