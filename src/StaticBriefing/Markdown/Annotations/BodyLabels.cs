using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Markdown.Annotations;

/// <summary>Human labels for the ids in a brief body: actor names, party and issue labels, stance verbs.</summary>
public sealed class BodyLabels(IEnumerable<BriefActor> actors, BriefVocabulary vocabulary)
{
    private readonly Dictionary<string, BriefActor> actors = actors.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);

    public static BodyLabels For(Brief brief, BriefVocabulary vocabulary) => new(brief.Actors, vocabulary);

    public string Actor(string id) =>
        actors.TryGetValue(id, out var actor) ? actor.Name
        : vocabulary.Actors.TryGetValue(id, out var definition) ? definition.Name
        : id;

    public bool IsReviewed(string id) => !actors.TryGetValue(id, out var actor) ? vocabulary.Actors.ContainsKey(id) : actor.Reviewed;

    public string Party(string id) => vocabulary.PartyLabel(id);

    public string Issue(string id) => vocabulary.IssueLabel(id);

    /// <summary>Who stands behind a claim: an actor, a party, or the article itself.</summary>
    public string Source(string id) =>
        id == FormatNames.Narrator ? "the author"
        : actors.ContainsKey(id) || !vocabulary.Parties.ContainsKey(id) ? Actor(id)
        : Party(id);

    /// <summary>"Ukraine demands: Ceasefire".</summary>
    public string Position(string party, string stance, string issue) =>
        $"{Party(party)} {(FormatNames.TryParse(stance, out Stance parsed) ? FormatNames.Of(parsed) : stance)}: {Issue(issue)}";
}
