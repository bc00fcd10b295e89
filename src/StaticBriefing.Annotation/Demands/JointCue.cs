namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// A phrase naming two issues at once ("a ceasefire along the current line" is a ceasefire and a frozen
/// line): a match names its own issue and <paramref name="AlsoIssue"/>.
/// </summary>
public sealed record JointCue(string Cue, string AlsoIssue);
