using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// "The deadlock leaves the American framework without its central chapter": a document a party phrase
/// owns ("the American framework", "Washington's revised plan") names its author even where the sentence
/// reads no position, so "that plan" in the next sentences is that party's.
/// </summary>
public static class DocumentOwners
{
    /// <summary>
    /// The owner of the last owned proposal the sentence names, or none. Not a position paper's ("Moscow's
    /// memorandum demands …"): what "would" happen in the next sentences is no term of a memorandum.
    /// </summary>
    public static IReadOnlyList<PartyRef> Of(CompiledDemandLexicon lexicon, SentenceContext sentence)
    {
        var matches = sentence.ProposalDocuments.Matches;
        if (matches.Count == 0)
        {
            return [];
        }
        var owners = new NounOwner(lexicon, sentence);
        for (var k = matches.Count - 1; k >= 0; k--)
        {
            var (_, owner) = owners.Before(matches[k].Start, 0, afterStance: false);
            if (owner < 0)
            {
                continue;
            }
            if (sentence.Tokens.MentionAt(owner) is { } mention)
            {
                return [new PartyRef(mention.Actor.Party, mention.Actor.Id)];
            }
            if (lexicon.PartyAdjectives.TryGetValue(sentence.Tokens.Word(owner), out var party))
            {
                return [new PartyRef(party, null)];
            }
        }
        return [];
    }
}
