using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;
using StaticBriefing.Site.Views;

namespace StaticBriefing.Site.Building;

/// <summary>A brief's page: its side panel lists what the annotator found, each item linked to its sentence.</summary>
public static class BriefViewBuilder
{
    public static BriefView Build(PublishedBrief published, SiteIndex index, SiteTaxonomy taxonomy, FrameFactory frames)
    {
        var brief = published.Brief;
        var indexed = new IndexedBrief(brief);
        var actors = index.Parties
            .Select(party => party.Id)
            .Concat(brief.Actors.Select(actor => actor.Party).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(party => new PartyActors(party, taxonomy.PartyLabel(party), brief.Actors.Where(actor => actor.Party == party).OrderBy(actor => actor.Name, StringComparer.Ordinal).ToEquatableArray()))
            .Where(group => group.Actors.Count > 0);
        var demands = brief.Demands
            .OrderBy(demand => indexed.Position(demand.Sentence))
            .Select(demand => new SideDemand(demand.Party, taxonomy.PartyLabel(demand.Party), demand.Stance, demand.Issue, taxonomy.IssueLabel(demand.Issue), demand.Text, demand.Sentence));
        var dates = brief.Dates
            .OrderBy(date => indexed.Position(date.Sentence))
            .Select(date => new SideDate(date.Text, TimexReading.Describe(date.Value, date.Type, date.Mod), date.Sentence));
        var quotes = brief.Quotes
            .OrderBy(quote => indexed.Position(quote.Sentence))
            .Select(quote => new SideQuote(quote.Speaker, brief.Actors.FirstOrDefault(actor => actor.Id == quote.Speaker)?.Name, quote.Text, quote.Sentence));
        var claims = brief.Claims
            .OrderBy(claim => indexed.Position(claim.Sentence))
            .Select(claim => new SideClaim(NameOf(brief, claim.Who, taxonomy), claim.DisputedBy is null ? null : NameOf(brief, claim.DisputedBy, taxonomy), claim.Text, claim.Sentence));
        var disagreements = index.Disagreements.Where(disagreement => disagreement.Involves(brief.Metadata.Id)).ToEquatableArray();
        return new BriefView(
            frames.ForBrief(brief, Snippet.Around(brief.Sentences.FirstOrDefault(sentence => !sentence.Headline)?.Text ?? "", null, 160)),
            brief.Metadata,
            published.Html.Headline is { } headline ? DisagreementMarks.Add(headline, brief.Metadata.Id, disagreements) : null,
            DisagreementMarks.Add(published.Html.Body, brief.Metadata.Id, disagreements),
            actors.ToEquatableArray(),
            demands.ToEquatableArray(),
            dates.ToEquatableArray(),
            quotes.ToEquatableArray(),
            claims.ToEquatableArray(),
            disagreements);
    }

    private static string NameOf(Briefs.Brief brief, string who, SiteTaxonomy taxonomy) =>
        brief.Actors.FirstOrDefault(actor => actor.Id == who)?.Name ?? taxonomy.PartyLabel(who);
}
