namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>Document nouns of input/stances.yml: proposals (a plan's demands are its author's proposals) and position papers.</summary>
public sealed class DocumentLists
{
    public List<string> Proposals { get; init; } = [];

    public List<string> Positions { get; init; } = [];
}
