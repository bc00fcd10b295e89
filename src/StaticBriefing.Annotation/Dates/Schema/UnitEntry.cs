namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A duration unit: TIMEX3 symbol, time or date part, and how its fractions are spelled in the next smaller unit.</summary>
public sealed class UnitEntry
{
    public required string Symbol { get; init; }

    public required bool Time { get; init; }

    public required List<string> Names { get; init; }

    public required string Subunit { get; init; }

    public required int Per { get; init; }
}
