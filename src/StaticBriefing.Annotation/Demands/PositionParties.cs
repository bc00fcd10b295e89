using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// Files each position under the party that holds it in the negotiation. A side marked
/// <c>positions_under</c> in input/parties.yml (a mediator) is filed under that party, keeping the
/// actor who stated it. A stance that several actors of one bloc (input/actors.yml, <c>bloc</c>)
/// take together on the same words ("Macron, Merz and Starmer demanded a truce") is the bloc's.
/// </summary>
public sealed class PositionParties(ActorLexicon actors)
{
    private readonly Dictionary<string, string> filedUnder = actors.Parties
        .Where(party => party.PositionsUnder is not null)
        .ToDictionary(party => party.Id, party => party.PositionsUnder!, StringComparer.Ordinal);

    private readonly Dictionary<string, string> blocOf = Blocs(actors);

    public EquatableArray<DemandAnnotation> File(EquatableArray<DemandAnnotation> demands)
    {
        var jointBloc = JointBlocs(demands);
        var filed = new List<DemandAnnotation>(demands.Count);
        var seen = new HashSet<DemandAnnotation>();
        foreach (var demand in demands)
        {
            var entry = demand.ActorId is { } actor && blocOf.TryGetValue(actor, out var bloc) && jointBloc.GetValueOrDefault(KeyOf(demand)) == bloc
                ? demand with { Party = bloc, ActorId = null }
                : demand with { Party = filedUnder.GetValueOrDefault(demand.Party, demand.Party) };
            if (seen.Add(entry))
            {
                filed.Add(entry);
            }
        }
        return filed.ToEquatableArray();
    }

    /// <summary>For each stance on the same words, the bloc whose members (two or more, of one bloc) take it together.</summary>
    private Dictionary<(int, string, Stance, int, int), string> JointBlocs(EquatableArray<DemandAnnotation> demands)
    {
        var joint = new Dictionary<(int, string, Stance, int, int), string>();
        foreach (var group in demands.Where(d => d.ActorId is not null && blocOf.ContainsKey(d.ActorId)).GroupBy(KeyOf))
        {
            var blocs = group.Select(d => blocOf[d.ActorId!]).Distinct().ToList();
            if (blocs.Count == 1 && group.Select(d => d.ActorId).Distinct().Count() > 1)
            {
                joint[group.Key] = blocs[0];
            }
        }
        return joint;
    }

    private static (int, string, Stance, int, int) KeyOf(DemandAnnotation demand) => (demand.Sentence, demand.Issue, demand.Stance, demand.Start, demand.End);

    /// <summary>Each bloc member and the people who answer to it (by <c>country</c>).</summary>
    private static Dictionary<string, string> Blocs(ActorLexicon actors)
    {
        var states = actors.Actors.Where(a => a.Bloc is not null).ToDictionary(a => a.Id, a => a.Bloc!, StringComparer.Ordinal);
        var all = new Dictionary<string, string>(states, StringComparer.Ordinal);
        foreach (var actor in actors.Actors)
        {
            if (actor.Country is { } country && states.TryGetValue(country, out var bloc))
            {
                all.TryAdd(actor.Id, bloc);
            }
        }
        return all;
    }
}
