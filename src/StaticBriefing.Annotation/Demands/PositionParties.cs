using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// Files each position under the party that holds it in the negotiation: a side marked
/// <c>positions_under</c> in input/parties.yml (a mediator) is filed under that party, and so is a
/// position stated through an actor marked so in input/actors.yml (a group of states filed under
/// its bloc); the actor who stated it stays named. A party keeps one entry per issue and stance in a
/// sentence, as the detector gives it, so a mediator filed beside another actor of that party adds none.
/// </summary>
public sealed class PositionParties(EquatableArray<PartyDefinition> parties, EquatableArray<ActorDefinition> actors)
{
    private readonly Dictionary<string, string> filedUnder = parties
        .Where(party => party.PositionsUnder is not null)
        .ToDictionary(party => party.Id, party => party.PositionsUnder!, StringComparer.Ordinal);

    private readonly Dictionary<string, string> actorFiledUnder = actors
        .Where(actor => actor.PositionsUnder is not null)
        .ToDictionary(actor => actor.Id, actor => actor.PositionsUnder!, StringComparer.Ordinal);

    public EquatableArray<DemandAnnotation> File(EquatableArray<DemandAnnotation> demands)
    {
        if (filedUnder.Count == 0 && actorFiledUnder.Count == 0)
        {
            return demands;
        }
        var seen = new HashSet<(int, string, string, Stance)>();
        return demands
            .Select(demand => demand.ActorId is { } actor && actorFiledUnder.TryGetValue(actor, out var bloc) ? demand with { Party = bloc } : demand)
            .Select(demand => filedUnder.TryGetValue(demand.Party, out var under) ? demand with { Party = under } : demand)
            .Where(demand => seen.Add((demand.Sentence, demand.Party, demand.Issue, demand.Stance)))
            .ToEquatableArray();
    }
}
