namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>An issue cue in a sentence: the issue and tokens [Start, End).</summary>
public sealed record IssueHit(IssueDefinition Issue, int Start, int End);
