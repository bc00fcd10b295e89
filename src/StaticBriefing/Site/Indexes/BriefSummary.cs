using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// A brief as lists show it. SourceKey tells outlets apart when counting independent sources:
/// the outlet's slug, or the brief itself when the outlet is not named.
/// </summary>
public sealed record BriefSummary(
    string Id,
    string Title,
    string? Outlet,
    string? Author,
    ReferenceDate Published,
    string SourceKey,
    int Actors,
    int Demands,
    int Dates);
