using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Indexes;

/// <summary>An outlet (or, with Named false, the briefs whose outlet is not named) and what its briefs report.</summary>
public sealed record SourceProfile(
    string Slug,
    string Name,
    bool Named,
    EquatableArray<BriefSummary> Briefs,
    EquatableArray<Disagreement> Disagreements,
    EquatableArray<DisputedClaim> Disputed);
