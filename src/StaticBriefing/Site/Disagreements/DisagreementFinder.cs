using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Disagreements;

/// <summary>Every possible disagreement between sources: dates first (in date order), then figures.</summary>
public static class DisagreementFinder
{
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<IndexedBrief> briefs, DisagreementRules rules, SiteTaxonomy taxonomy) =>
        DateDisagreements.Find(briefs, rules)
            .OrderBy(found => found.Voices.Min(voice => voice.Days!.Start))
            .Concat(NumberDisagreements.Find(briefs, rules, taxonomy))
            .ToList();
}
