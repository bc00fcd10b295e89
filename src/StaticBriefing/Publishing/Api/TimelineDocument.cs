using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>/api/timeline.json (schema in docs/api.md).</summary>
public sealed record TimelineDocument(int Version, string BaseUrl, EquatableArray<TimelineItem> Events);
