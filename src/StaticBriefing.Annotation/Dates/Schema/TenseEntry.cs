namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>Cue words that tell whether a bare weekday looks back or forward.</summary>
public sealed class TenseEntry
{
    public required List<string> Future { get; init; }

    public required List<string> Past { get; init; }

    public required List<string> PastSuffixes { get; init; }

    /// <summary>Optional: "has", "have": a past form after one is a present perfect, which looks ahead to a weekday.</summary>
    public List<string> PerfectAuxiliaries { get; init; } = [];

    public required int Window { get; init; }

    public required string DefaultDirection { get; init; }
}
