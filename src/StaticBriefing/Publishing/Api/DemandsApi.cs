using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// Builds /api/demands.json: issues sorted by id; positions by party, then oldest brief first,
/// then brief id and reading order.
/// </summary>
public static class DemandsApi
{
    public const string Path = "api/demands.json";

    public static DemandsDocument Build(IEnumerable<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy)
    {
        var urls = AbsoluteUrls.For(settings);
        var cite = new CitationFactory(urls);
        var all = briefs.SelectMany(b => b.Demands.Select(d => (Brief: b, Item: d)));
        var issues = ApiCitationOrder.InReadingOrder(all, d => d.Sentence)
            .GroupBy(x => x.Item.Issue, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IssueItem(
                g.Key,
                taxonomy.IssueLabel(g.Key),
                urls.Issue(g.Key),
                g.OrderBy(x => x.Item.Party, StringComparer.Ordinal).Select(x => Position(x.Brief, x.Item, cite)).ToEquatableArray()));
        return new DemandsDocument(ApiJson.Version, settings.BaseUrl, issues.ToEquatableArray());
    }

    public static PublishedFile Create(IEnumerable<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy) =>
        ApiJson.File(Path, Build(briefs, settings, taxonomy));

    public static PositionItem Position(Brief brief, BriefDemand demand, CitationFactory cite) => new(
        demand.Party,
        demand.Issue,
        demand.Stance,
        demand.Text,
        demand.ActorId,
        brief.Metadata.Outlet,
        brief.Metadata.Published.ToString(),
        cite.Cite(brief, demand.Sentence));
}
