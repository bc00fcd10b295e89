using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>A demand issue of the taxonomy (input/issues.yml): id, label and the phrases that name it.</summary>
public sealed record IssueDefinition(string Id, string Label, EquatableArray<string> Cues);
