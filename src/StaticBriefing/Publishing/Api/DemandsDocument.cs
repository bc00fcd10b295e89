using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>/api/demands.json (schema in docs/api.md).</summary>
public sealed record DemandsDocument(int Version, string BaseUrl, EquatableArray<IssueItem> Issues);
