using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Indexes;

/// <summary>Outlets with their briefs, the claims those briefs record as disputed, and disagreements with other sources.</summary>
public static class SourceIndexBuilder
{
    public const string UnnamedSlug = "unnamed";

    public static EquatableArray<SourceProfile> Build(IReadOnlyList<IndexedBrief> briefs, IReadOnlyList<Disagreement> disagreements, SiteTaxonomy taxonomy)
    {
        return briefs
            .GroupBy(brief => string.IsNullOrWhiteSpace(brief.Brief.Metadata.Outlet) ? UnnamedSlug : Slug.Of(brief.Brief.Metadata.Outlet!))
            .Select(group =>
            {
                var members = group.OrderByDescending(brief => brief.Brief.Metadata.Published.Anchor).ThenBy(brief => brief.Id, StringComparer.Ordinal).ToList();
                var ids = members.Select(brief => brief.Id).ToHashSet(StringComparer.Ordinal);
                var named = group.Key != UnnamedSlug;
                return new SourceProfile(
                    group.Key,
                    named ? members[0].Brief.Metadata.Outlet! : "Outlet not named",
                    named,
                    members.Select(brief => brief.Summary).ToEquatableArray(),
                    disagreements.Where(disagreement => ids.Any(disagreement.Involves)).ToEquatableArray(),
                    members.SelectMany(brief => Disputed(brief, taxonomy)).ToEquatableArray());
            })
            .OrderBy(source => source.Named ? 0 : 1)
            .ThenBy(source => source.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(source => source.Slug, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static IEnumerable<DisputedClaim> Disputed(IndexedBrief brief, SiteTaxonomy taxonomy) =>
        brief.Brief.Claims
            .Where(claim => claim.DisputedBy is not null)
            .Select(claim => new DisputedClaim(Name(brief, claim.Who, taxonomy), Name(brief, claim.DisputedBy!, taxonomy), claim.Text, brief.Cite(claim.Sentence, claim.Text)));

    /// <summary>A claim's "who" is an actor of the brief or a party.</summary>
    private static string Name(IndexedBrief brief, string who, SiteTaxonomy taxonomy) =>
        brief.Brief.Actors.FirstOrDefault(actor => actor.Id == who)?.Name ?? taxonomy.PartyLabel(who);
}
