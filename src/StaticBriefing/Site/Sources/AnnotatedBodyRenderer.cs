using StaticBriefing.Briefs;
using StaticBriefing.Markdown.Annotations;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Sources;

/// <summary>The brief body with its annotations as HTML (the Markdown renderer); actors link to their pages, dates to the timeline.</summary>
public sealed class AnnotatedBodyRenderer(Func<BriefVocabulary> vocabulary) : IBriefBodyRenderer
{
    public string Render(Brief brief, SiteLinks links) => BriefBodyHtml.Render(brief, new BodyLinks(links), vocabulary());

    private sealed class BodyLinks(SiteLinks links) : IBodyLinks
    {
        public string? Actor(string id) => links.Actor(id);

        public string? Date(string value) => TimelineAnchors.For(value) is { } anchor ? links.To(SitePaths.Timeline + "#" + anchor) : null;
    }
}
