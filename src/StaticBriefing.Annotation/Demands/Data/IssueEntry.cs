namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>One issue in input/issues.yml.</summary>
public sealed class IssueEntry
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public required List<string> Cues { get; init; }

    public string? AgendaStance { get; init; }

    public string? SourceStance { get; init; }

    public Dictionary<string, string>? StanceMap { get; init; }

    public string? Opposite { get; init; }

    public List<string>? NotSoughtBy { get; init; }

    public List<string>? NotRefusedBy { get; init; }

    public List<string>? AdoptedBy { get; init; }

    public List<string>? ReferredToAs { get; init; }

    public List<string>? NotCues { get; init; }

    /// <summary>Cues naming this issue and another, by the other issue's id.</summary>
    public Dictionary<string, List<string>>? JointCues { get; init; }
}
