namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The shape of input/issues.yml.</summary>
public sealed class IssuesDocument
{
    public required List<IssueEntry> Issues { get; init; }
}
