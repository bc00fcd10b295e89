namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The claims section of input/stances.yml: how statements are attributed and disputed, and what makes a figure.</summary>
public sealed class ClaimCueLists
{
    public required List<string> Attributions { get; init; }

    public required List<string> Disputes { get; init; }

    public required List<string> Quantifiers { get; init; }

    public required List<string> Magnitudes { get; init; }

    public List<string> Currencies { get; init; } = [];
}
