using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Actors across briefs. A reviewed entry wins over unreviewed ones with the same id; otherwise
/// the first brief (by id) names the actor. Ordered by party (taxonomy order), then name.
/// </summary>
public static class ActorIndexBuilder
{
    private const int AlsoNamedAtMost = 8;

    public static EquatableArray<ActorProfile> Build(IReadOnlyList<IndexedBrief> briefs, SiteTaxonomy taxonomy)
    {
        var definitions = new Dictionary<string, BriefActor>(StringComparer.Ordinal);
        foreach (var actor in briefs.SelectMany(brief => brief.Brief.Actors))
        {
            if (!definitions.TryGetValue(actor.Id, out var known) || (actor.Reviewed && !known.Reviewed))
            {
                definitions[actor.Id] = actor;
            }
        }
        var coActors = CoActorCounts(briefs);
        var partyOrder = taxonomy.OrderParties(definitions.Values.Select(actor => actor.Party));
        return definitions.Values
            .OrderBy(actor => IndexOf(partyOrder, actor.Party))
            .ThenBy(actor => actor.Name, StringComparer.Ordinal)
            .ThenBy(actor => actor.Id, StringComparer.Ordinal)
            .Select(actor => Profile(actor, briefs, taxonomy, coActors, definitions))
            .ToEquatableArray();
    }

    private static ActorProfile Profile(
        BriefActor actor, IReadOnlyList<IndexedBrief> briefs, SiteTaxonomy taxonomy, Dictionary<(string, string), int> coActors, Dictionary<string, BriefActor> definitions)
    {
        var featuring = briefs.Where(brief => brief.Brief.Actors.Any(other => other.Id == actor.Id)).ToList();
        var mentions = featuring.SelectMany(brief => brief.Brief.Mentions
            .Where(mention => mention.ActorId == actor.Id)
            .OrderBy(mention => brief.Position(mention.Sentence))
            .Select(mention => new ActorMention(mention.Text, brief.Cite(mention.Sentence, mention.Text))));
        var quotes = featuring.SelectMany(brief => brief.Brief.Quotes
            .Where(quote => quote.Speaker == actor.Id)
            .Select(quote => new ActorQuote(quote.Text, brief.Cite(quote.Sentence, quote.Text))));
        var demands = featuring.SelectMany(brief => brief.Brief.Demands
            .Where(demand => demand.ActorId == actor.Id)
            .Select(demand => new ActorDemand(demand.Party, demand.Issue, taxonomy.IssueLabel(demand.Issue), demand.Stance, demand.Text, brief.Cite(demand.Sentence, demand.Text))));
        var linked = coActors
            .Where(pair => pair.Key.Item1 == actor.Id && definitions.ContainsKey(pair.Key.Item2))
            .Select(pair => (Other: definitions[pair.Key.Item2], Shared: pair.Value))
            .Select(link => new ActorLink(link.Other.Id, link.Other.Name, link.Other.Party, link.Shared))
            .OrderByDescending(link => link.Count)
            .ThenBy(link => link.Name, StringComparer.Ordinal)
            .ThenBy(link => link.Id, StringComparer.Ordinal);
        var mentioned = mentions.ToList();
        var alsoNamed = taxonomy.AliasesOf(actor.Id)
            .Concat(mentioned.GroupBy(mention => mention.Text, StringComparer.Ordinal)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => group.Key))
            .Where(name => name != actor.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(AlsoNamedAtMost);
        return new ActorProfile(
            actor.Id,
            actor.Name,
            actor.Kind,
            actor.Party,
            taxonomy.PartyLabel(actor.Party),
            actor.Role,
            actor.Reviewed,
            featuring.Select(brief => brief.Summary).ToEquatableArray(),
            mentioned.ToEquatableArray(),
            quotes.ToEquatableArray(),
            demands.ToEquatableArray(),
            linked.ToEquatableArray())
        {
            AlsoNamed = alsoNamed.ToEquatableArray(),
        };
    }

    /// <summary>How many sentences each ordered pair of actors shares.</summary>
    private static Dictionary<(string, string), int> CoActorCounts(IReadOnlyList<IndexedBrief> briefs)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var brief in briefs)
        {
            foreach (var sentence in brief.Brief.Mentions.GroupBy(mention => mention.Sentence, StringComparer.Ordinal))
            {
                var ids = sentence.Select(mention => mention.ActorId).Distinct(StringComparer.Ordinal).ToList();
                foreach (var first in ids)
                {
                    foreach (var second in ids.Where(id => id != first))
                    {
                        counts[(first, second)] = counts.GetValueOrDefault((first, second)) + 1;
                    }
                }
            }
        }
        return counts;
    }

    private static int IndexOf(IReadOnlyList<string> order, string party)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == party)
            {
                return i;
            }
        }
        return order.Count;
    }
}
