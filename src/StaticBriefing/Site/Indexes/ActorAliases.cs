using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>A reviewed actor's other names, from input/actors.yml.</summary>
public sealed record ActorAliases(string Id, EquatableArray<string> Aliases);
