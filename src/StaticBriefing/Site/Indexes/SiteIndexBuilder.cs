using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Indexes;

/// <summary>Computes the site index over all briefs. A pure function of its inputs: same briefs, same index.</summary>
public static class SiteIndexBuilder
{
    public static SiteIndex Build(IEnumerable<Brief> briefs, SiteTaxonomy taxonomy)
    {
        var indexed = briefs
            .OrderBy(brief => brief.Metadata.Id, StringComparer.Ordinal)
            .Select(brief => new IndexedBrief(brief))
            .ToList();
        var disagreements = DisagreementFinder.Find(indexed, taxonomy.Comparison, taxonomy);
        var timeline = TimelineBuilder.Build(indexed, disagreements);
        var actors = ActorIndexBuilder.Build(indexed, taxonomy);
        var issues = PositionIndexBuilder.Build(indexed, taxonomy);
        var partyIds = actors.Select(actor => actor.Party)
            .Concat(issues.SelectMany(issue => issue.Parties.Select(position => position.Party)));
        return new SiteIndex(
            indexed
                .OrderByDescending(brief => brief.Brief.Metadata.Published.Anchor)
                .ThenBy(brief => brief.Id, StringComparer.Ordinal)
                .Select(brief => brief.Summary)
                .ToEquatableArray(),
            actors,
            taxonomy.OrderParties(partyIds).Select(party => new LabelledId(party, taxonomy.PartyLabel(party))).ToEquatableArray(),
            issues,
            timeline,
            SourceIndexBuilder.Build(indexed, disagreements, taxonomy),
            disagreements.ToEquatableArray(),
            indexed.Select(brief => brief.Brief.Metadata.Published)
                .OrderByDescending(date => date.Anchor)
                .ThenByDescending(date => date.Day is null ? 0 : 1)
                .FirstOrDefault());
    }
}
