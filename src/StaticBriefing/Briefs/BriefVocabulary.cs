using System.Collections.Frozen;
using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

/// <summary>
/// The ids a brief may use: reviewed actors (input/actors.yml), issues (input/issues.yml) and
/// parties, with the labels the body renderer shows for parties and issues.
/// </summary>
public sealed class BriefVocabulary
{
    public BriefVocabulary(IEnumerable<ActorDefinition> actors, IEnumerable<IssueDefinition> issues, IEnumerable<KeyValuePair<string, string>> parties)
    {
        Actors = actors.DistinctBy(a => a.Id).ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        Issues = issues.DistinctBy(i => i.Id).ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        Parties = parties.DistinctBy(p => p.Key).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public FrozenDictionary<string, ActorDefinition> Actors { get; }

    public FrozenDictionary<string, IssueDefinition> Issues { get; }

    /// <summary>Party id → display label ("ukraine" → "Ukraine").</summary>
    public FrozenDictionary<string, string> Parties { get; }

    /// <summary>
    /// From the annotator's knowledge: parties from input/parties.yml (through the actor lexicon);
    /// should that list be empty, the parties the reviewed actors belong to.
    /// </summary>
    public static BriefVocabulary From(AnnotationKnowledge knowledge) =>
        new(knowledge.Actors.Actors, knowledge.Demands.Issues,
            knowledge.Actors.Parties.Count > 0
                ? knowledge.Actors.Parties.Select(p => KeyValuePair.Create(p.Id, p.Name))
                : PartiesOf(knowledge.Actors.Actors));

    /// <summary>Fallback party list: each party of the actors, labelled by its state actor's name (or the id).</summary>
    public static IEnumerable<KeyValuePair<string, string>> PartiesOf(IEnumerable<ActorDefinition> actors)
    {
        var list = actors.ToList();
        return list.Select(a => a.Party).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(party =>
        {
            var label = list.FirstOrDefault(a => a.Party == party && a.Kind == ActorKind.State)?.Name
                ?? list.FirstOrDefault(a => a.Id == party)?.Name
                ?? party;
            return KeyValuePair.Create(party, label);
        });
    }

    public string PartyLabel(string party) => Parties.TryGetValue(party, out var label) ? label : party;

    public string IssueLabel(string issue) => Issues.TryGetValue(issue, out var definition) ? definition.Label : issue;
}
