using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing;

/// <summary>
/// The editorial taxonomy the data outputs label things with: reviewed actors (for aliases),
/// issues (for labels) and party display names. Anything missing falls back to its id.
/// </summary>
public sealed record PublishTaxonomy(
    EquatableArray<ActorDefinition> Actors,
    EquatableArray<IssueDefinition> Issues,
    EquatableArray<PartyName> Parties)
{
    public static PublishTaxonomy Empty { get; } = new(
        EquatableArray<ActorDefinition>.Empty, EquatableArray<IssueDefinition>.Empty, EquatableArray<PartyName>.Empty);

    public string IssueLabel(string issueId) =>
        Issues.FirstOrDefault(issue => issue.Id == issueId)?.Label ?? issueId;

    public string PartyLabel(string partyId) =>
        Parties.FirstOrDefault(party => party.Id == partyId)?.Name ?? partyId;

    public ActorDefinition? Actor(string actorId) =>
        Actors.FirstOrDefault(actor => actor.Id == actorId);
}
