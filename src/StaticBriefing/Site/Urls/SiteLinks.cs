namespace StaticBriefing.Site.Urls;

/// <summary>
/// The links of one page, relative to it (or from the root for 404.html). A value, so a page's
/// view model, links included, memoises by equality.
/// </summary>
public sealed record SiteLinks(string PagePath, bool Rooted, string Stylesheet, string BaseUrl)
{
    public string To(string target) => Rooted ? RelativeUrl.Rooted(target) : RelativeUrl.Between(PagePath, target);

    public string Home => To(SitePaths.Home);

    public string Briefs => To(SitePaths.Briefs);

    public string Actors => To(SitePaths.Actors);

    public string Issues => To(SitePaths.Issues);

    public string Timeline => To(SitePaths.Timeline);

    public string Sources => To(SitePaths.Sources);

    public string StylesheetHref => To(Stylesheet);

    public string Canonical => RelativeUrl.Canonical(BaseUrl, PagePath);

    public string Brief(string id) => To(SitePaths.Brief(id));

    public string BriefMarkdown(string id) => To(SitePaths.BriefMarkdown(id));

    public string Sentence(string briefId, string anchor) => To(SitePaths.Sentence(briefId, anchor));

    public string Actor(string id) => To(SitePaths.Actor(id));

    public string Issue(string id) => To(SitePaths.Issue(id));

    public string Source(string slug) => To(SitePaths.Source(slug));

    public string Content(string slug) => To(SitePaths.Content(slug));
}
