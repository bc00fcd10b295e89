using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>/api/briefs.json (schema in docs/api.md).</summary>
public sealed record BriefsDocument(int Version, string BaseUrl, EquatableArray<BriefItem> Briefs);
