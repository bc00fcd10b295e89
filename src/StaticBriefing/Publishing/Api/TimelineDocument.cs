using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>/api/timeline.json (schema in docs/api.md): the events, then the date disagreements they name.</summary>
public sealed record TimelineDocument(int Version, string BaseUrl, EquatableArray<TimelineItem> Events, EquatableArray<DisagreementItem> Disagreements);
