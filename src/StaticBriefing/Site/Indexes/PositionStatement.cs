using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>One sentence stating a party's stance on an issue, with when and by whom it was reported.</summary>
public sealed record PositionStatement(
    string Party,
    Stance Stance,
    string Text,
    string? ActorId,
    ReferenceDate Published,
    string SourceKey,
    Citation Citation);
