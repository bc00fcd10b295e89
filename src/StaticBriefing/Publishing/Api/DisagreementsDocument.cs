using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>/api/disagreements.json (schema in docs/api.md).</summary>
public sealed record DisagreementsDocument(int Version, string BaseUrl, EquatableArray<DisagreementItem> Disagreements);
