using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Everything computed over all briefs at once. Briefs are newest first; Parties and Issues in
/// taxonomy order; Newest is the publication date of the newest brief (the "now" of the home page).
/// </summary>
public sealed record SiteIndex(
    EquatableArray<BriefSummary> Briefs,
    EquatableArray<ActorProfile> Actors,
    EquatableArray<LabelledId> Parties,
    EquatableArray<IssuePositions> Issues,
    EquatableArray<TimelineEvent> Timeline,
    EquatableArray<SourceProfile> Sources,
    EquatableArray<Disagreement> Disagreements,
    ReferenceDate? Newest)
{
    public ActorProfile? Actor(string id) => Actors.FirstOrDefault(actor => actor.Id == id);
}
