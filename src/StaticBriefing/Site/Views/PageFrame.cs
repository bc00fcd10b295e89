using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Views;

/// <summary>What the layout needs for any page: titles, navigation state, links, party colours and the editorial pages to link in the footer.</summary>
public sealed record PageFrame(
    string SiteTitle,
    string Title,
    string? Description,
    NavSection Section,
    SiteLinks Links,
    PartyStyles Parties,
    EquatableArray<LabelledId> ContentPages)
{
    public string FullTitle => Section == NavSection.Home ? SiteTitle : $"{Title} · {SiteTitle}";
}
