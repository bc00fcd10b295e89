using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>/api/actors.json (schema in docs/api.md).</summary>
public sealed record ActorsDocument(int Version, string BaseUrl, EquatableArray<ActorItem> Actors);
