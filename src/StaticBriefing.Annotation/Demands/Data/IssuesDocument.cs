namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The shape of input/issues.yml.</summary>
public sealed class IssuesDocument
{
    /// <summary>Named word lists a cue refers to as {name} ("{region}"), each expanding to "a|b|c".</summary>
    public Dictionary<string, List<string>> WordClasses { get; init; } = [];

    public required List<IssueEntry> Issues { get; init; }
}
