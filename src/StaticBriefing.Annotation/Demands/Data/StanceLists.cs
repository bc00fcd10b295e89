namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The stance cue lists of input/stances.yml, one per kind.</summary>
public sealed class StanceLists
{
    public required List<string> Demands { get; init; }

    public required List<string> Proposes { get; init; }

    public required List<string> Rejects { get; init; }

    public required List<string> Accepts { get; init; }

    public required List<string> Offers { get; init; }

    public List<string> Agenda { get; init; } = [];

    public List<string> Neutral { get; init; } = [];
}
