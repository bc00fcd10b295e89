using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>A position an actor voiced (a demand whose actor is this one).</summary>
public sealed record ActorDemand(string Party, string Issue, string IssueLabel, Stance Stance, string Text, Citation Citation);
