using StaticBriefing.Briefs;
using StaticBriefing.Markdown.Annotations;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Sources;

/// <summary>The brief headline and body with their annotations as HTML (the Markdown renderer); actors link to their pages, dates to the timeline.</summary>
public sealed class AnnotatedBodyRenderer(Func<BriefVocabulary> vocabulary) : IBriefBodyRenderer
{
    public BriefHtml Render(Brief brief, SiteLinks links)
    {
        var (headline, body) = BriefBodyHtml.RenderParts(brief, new BodyLinks(links), vocabulary());
        return new BriefHtml(headline, body);
    }

    private sealed class BodyLinks(SiteLinks links) : IBodyLinks
    {
        public string? Actor(string id) => links.Actor(id);

        public string? Date(string value) => TimelineAnchors.For(value) is { } anchor ? links.To(SitePaths.Timeline + "#" + anchor) : null;
    }
}
