using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>A brief in /api/briefs.json: its metadata, links, the ids it mentions and every sentence.</summary>
public sealed record BriefItem(
    string Id,
    string Title,
    bool TitleGenerated,
    string? Outlet,
    string? Author,
    string Published,
    string? PublishedBasis,
    string Source,
    string Url,
    string MarkdownUrl,
    string Summary,
    EquatableArray<string> Actors,
    EquatableArray<string> Issues,
    EquatableArray<SentenceItem> Sentences);
