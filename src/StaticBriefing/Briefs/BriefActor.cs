using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

/// <summary>An actor of a brief, resolved: taxonomy fields for reviewed ones, the brief's own for unreviewed.</summary>
public sealed record BriefActor(string Id, string Name, ActorKind Kind, string Party, string Role, bool Reviewed);
