using StaticBriefing.Briefs;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Sources;

/// <summary>Renders a brief's headline and body to HTML for its own page; links are relative to that page. Must escape article text.</summary>
public interface IBriefBodyRenderer
{
    BriefHtml Render(Brief brief, SiteLinks links);
}
