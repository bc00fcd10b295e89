using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

public sealed record BriefMetadata(
    string Id,
    string Title,
    bool TitleGenerated,
    string? Outlet,
    string? Author,
    ReferenceDate Published,
    string? PublishedBasis,
    string Source);
