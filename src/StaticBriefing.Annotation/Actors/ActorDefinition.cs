using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

/// <summary>A reviewed actor of the taxonomy (input/actors.yml).</summary>
public sealed record ActorDefinition(
    string Id,
    string Name,
    ActorKind Kind,
    string Party,
    string Role,
    EquatableArray<string> Aliases,
    EquatableArray<string> Titles);
