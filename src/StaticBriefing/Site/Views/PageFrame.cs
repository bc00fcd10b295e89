using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Views;

/// <summary>What the layout needs for any page: titles, navigation state, links, party colours, the editorial pages to link in the footer, and head metadata (canonical, OpenGraph, JSON-LD).</summary>
public sealed record PageFrame(
    string SiteTitle,
    string Title,
    string? Description,
    NavSection Section,
    SiteLinks Links,
    PartyStyles Parties,
    EquatableArray<LabelledId> ContentPages,
    Publishing.Meta.PageMeta? Meta = null)
{
    public string FullTitle => Section == NavSection.Home ? SiteTitle : $"{Title} · {SiteTitle}";
}
