using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;
using StaticBriefing.Site.Views;

namespace StaticBriefing.Site.Building;

/// <summary>Makes the layout frame of a page at a given path.</summary>
public sealed class FrameFactory(SiteSettings settings, SiteIndex index, string stylesheet, EquatableArray<LabelledId> contentPages)
{
    private readonly PartyStyles parties = new(index.Parties.Select(party => party.Id).ToEquatableArray());

    public PageFrame For(string path, string title, NavSection section, string? description = null) =>
        new(settings.Title, title, description ?? settings.Description, section, new SiteLinks(path, Rooted: false, stylesheet, settings.BaseUrl), parties, contentPages);

    /// <summary>404.html is served at any depth, so its links start from the site root.</summary>
    public PageFrame ForNotFound() =>
        new(settings.Title, "Page not found", settings.Description, NavSection.None, new SiteLinks(SitePaths.NotFound, Rooted: true, stylesheet, settings.BaseUrl), parties, contentPages);
}
