namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>A stance cue that only governs some issues ("exchanged" position papers).</summary>
public sealed class RestrictedCueEntry
{
    public required string Cue { get; init; }

    public required string Stance { get; init; }

    public required List<string> Issues { get; init; }

    /// <summary>The cue follows its issue and says it happened ("the exchange took place").</summary>
    public bool Enacted { get; init; }
}
