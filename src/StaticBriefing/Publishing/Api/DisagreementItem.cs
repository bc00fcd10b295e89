using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// A possible disagreement between sources: kind ("date" or "number"), what it is about, how the
/// versions differ, its entry on the sources page, and each source's version.
/// </summary>
public sealed record DisagreementItem(
    string Key,
    string Kind,
    string Subject,
    string Reason,
    string Url,
    EquatableArray<DisagreementVoiceItem> Voices);
