namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A month or weekday: its number, free-standing names and abbreviations that need a date beside them.</summary>
public sealed class NamedNumberEntry
{
    public required int Number { get; init; }

    public required List<string> Names { get; init; }

    public required List<string> Abbreviations { get; init; }
}
