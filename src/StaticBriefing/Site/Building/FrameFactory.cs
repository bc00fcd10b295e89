using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Editorial;
using StaticBriefing.Publishing;
using StaticBriefing.Publishing.Feeds;
using StaticBriefing.Publishing.Meta;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;
using StaticBriefing.Site.Views;

namespace StaticBriefing.Site.Building;

/// <summary>Makes the layout frame of a page at a given path.</summary>
public sealed class FrameFactory(SiteSettings settings, SiteIndex index, string stylesheet, EquatableArray<LabelledId> contentPages)
{
    private readonly PartyStyles parties = new(index.Parties.Select(party => party.Id).ToEquatableArray());

    private readonly PageMetaFactory meta = new(PublishingPipeline.Settings(settings));

    public PageFrame For(string path, string title, NavSection section, string? description = null) =>
        new(settings.Title, title, description ?? settings.Description, section, new SiteLinks(path, Rooted: false, stylesheet, settings.BaseUrl), parties, contentPages,
            meta.ForPage(title, Sitemap.PrettyPath(path) ?? path, description));

    /// <summary>A brief's frame: its head metadata is an article's (published date, author, JSON-LD NewsArticle).</summary>
    public PageFrame ForBrief(Brief brief, string description) =>
        For(SitePaths.Brief(brief.Metadata.Id), brief.Metadata.Title, NavSection.Briefs, description) with { Meta = meta.ForBrief(brief, description) };

    /// <summary>404.html is served at any depth, so its links start from the site root.</summary>
    public PageFrame ForNotFound() =>
        new(settings.Title, "Page not found", settings.Description, NavSection.None, new SiteLinks(SitePaths.NotFound, Rooted: true, stylesheet, settings.BaseUrl), parties, contentPages);
}
