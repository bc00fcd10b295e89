namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>When a four-digit number is a year.</summary>
public sealed class YearEntry
{
    public required int Earliest { get; init; }

    public required int Latest { get; init; }

    public required List<string> NotAfter { get; init; }

    public required List<string> NotBefore { get; init; }
}
