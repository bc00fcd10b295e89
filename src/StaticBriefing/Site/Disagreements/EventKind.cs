using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Disagreements;

/// <summary>A kind of event that sentences date ("the talks"), named by any of its words (lower case).</summary>
public sealed record EventKind(string Id, string Label, EquatableArray<string> Words);
