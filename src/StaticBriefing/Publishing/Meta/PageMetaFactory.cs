using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Feeds;

namespace StaticBriefing.Publishing.Meta;

/// <summary>Builds <see cref="PageMeta"/> for a brief page and for any other page of the site.</summary>
public sealed class PageMetaFactory(PublishSettings settings)
{
    private readonly AbsoluteUrls urls = AbsoluteUrls.For(settings);

    /// <summary>pagePath: the pretty path of the page ("" for home, "actors/", "actors/vladimir-putin/").</summary>
    public PageMeta ForPage(string title, string pagePath, string? description = null) => new(
        title,
        BriefSummary.Shorten(description ?? settings.Description, 300),
        urls.Page(pagePath),
        settings.Title,
        settings.Language,
        "website",
        urls.Page(AtomFeed.Path),
        PublishedTime: null,
        Author: null,
        JsonLd: null);

    /// <summary>description: the page's own (the site's snippet), else the brief's opening sentences.</summary>
    public PageMeta ForBrief(Brief brief, string? description = null) => new(
        brief.Metadata.Title,
        description is { Length: > 0 } ? BriefSummary.Shorten(description, 300) : BriefSummary.Of(brief, 300),
        urls.Brief(brief.Metadata.Id),
        settings.Title,
        settings.Language,
        "article",
        urls.Page(AtomFeed.Path),
        brief.Metadata.Published.ToString(),
        brief.Metadata.Author,
        NewsArticleJsonLd.Create(brief, settings));
}
