using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// Builds /api/actors.json: every actor that appears in a brief, sorted by id. Reviewed actors take
/// name, role and aliases from the taxonomy; unreviewed ones their first brief's definition.
/// </summary>
public static class ActorsApi
{
    public const string Path = "api/actors.json";

    public static ActorsDocument Build(IEnumerable<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy)
    {
        var urls = AbsoluteUrls.For(settings);
        var cite = new CitationFactory(urls);
        var list = briefs.ToList();
        var actors = list
            .SelectMany(b => b.Actors.Select(a => (Brief: b, Item: a)))
            .OrderBy(x => x.Brief.Metadata.Published.Anchor)
            .ThenBy(x => x.Brief.Metadata.Id, StringComparer.Ordinal)
            .GroupBy(x => x.Item.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Item(g.Key, g.First().Item, g.Select(x => x.Brief).ToList(), list, cite, urls, taxonomy));
        return new ActorsDocument(ApiJson.Version, settings.BaseUrl, actors.ToEquatableArray());
    }

    public static PublishedFile Create(IEnumerable<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy) =>
        ApiJson.File(Path, Build(briefs, settings, taxonomy));

    private static ActorItem Item(
        string id, BriefActor first, IReadOnlyList<Brief> appearsIn, IReadOnlyList<Brief> all,
        CitationFactory cite, AbsoluteUrls urls, PublishTaxonomy taxonomy)
    {
        var reviewed = taxonomy.Actor(id);
        var party = reviewed?.Party ?? first.Party;
        var mentions = ApiCitationOrder.InReadingOrder(all.SelectMany(b => b.Mentions.Where(m => m.ActorId == id).Select(m => (b, m))), m => m.Sentence)
            .Select(x => new CitedText(x.Item.Text, cite.Cite(x.Brief, x.Item.Sentence)));
        var quotes = ApiCitationOrder.InReadingOrder(all.SelectMany(b => b.Quotes.Where(q => q.Speaker == id).Select(q => (b, q))), q => q.Sentence)
            .Select(x => new CitedText(x.Item.Text, cite.Cite(x.Brief, x.Item.Sentence)));
        var demands = ApiCitationOrder.InReadingOrder(all.SelectMany(b => b.Demands.Where(d => d.ActorId == id).Select(d => (b, d))), d => d.Sentence)
            .Select(x => DemandsApi.Position(x.Brief, x.Item, cite));
        return new ActorItem(
            id,
            reviewed?.Name ?? first.Name,
            reviewed?.Kind ?? first.Kind,
            party,
            taxonomy.PartyLabel(party),
            reviewed?.Role ?? first.Role,
            (reviewed?.Aliases ?? EquatableArray<string>.Empty).Order(StringComparer.Ordinal).ToEquatableArray(),
            first.Reviewed,
            urls.Actor(id),
            appearsIn.Select(b => b.Metadata.Id).Distinct().ToEquatableArray(),
            mentions.ToEquatableArray(),
            quotes.ToEquatableArray(),
            demands.ToEquatableArray());
    }
}
