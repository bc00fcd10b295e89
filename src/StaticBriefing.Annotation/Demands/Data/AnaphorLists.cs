namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>Words that refer back to issues named earlier.</summary>
public sealed class AnaphorLists
{
    public required List<string> Singular { get; init; }

    public required List<string> Plural { get; init; }
}
