using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// "Washington's plan, which calls for …", "the delegation handed over a memorandum that demands …":
/// a relative clause on a document noun states the document's terms, so its stance is the author's:
/// the party that owns the noun, or else the clause's subject when an authoring verb ("handed over",
/// "presented") ties it to the document. A plan's terms are proposals, a memorandum's demands.
/// Any other relative clause has a subject of its own ("compromises that could persuade …").
/// </summary>
public sealed class RelativeDocumentAuthor(CompiledDemandLexicon lexicon, SentenceContext sentence, SubjectFinder subjects)
{
    /// <summary>How many number-like modifiers may stand between an owner and its noun ("the US 28-point plan").</summary>
    private const int MaxModifiers = 4;

    /// <summary>How far before the document its authoring verb may stand ("presented a revised 20-point plan").</summary>
    private const int AuthoringReach = 6;

    /// <summary>The author of the document right before the relative pronoun at <paramref name="opener"/>, or none.</summary>
    public IReadOnlyList<PartyRef> Before(int opener)
    {
        var end = opener > 0 && sentence.Tokens.Word(opener - 1) == "," ? opener - 1 : opener;
        if (sentence.Documents.LastWithin(0, end) is not { } document || document.End != end)
        {
            return [];
        }
        var author = Owner(document.Start);
        if (author.Count == 0 && sentence.Authoring.LastWithin(Math.Max(0, document.Start - AuthoringReach), document.Start) is { } verb)
        {
            author = subjects.MainSubjectBefore(verb.Start);
        }
        var proposal = sentence.ProposalDocuments.EndOfMatchAt(document.Start) == document.End;
        return [.. author.Select(party => party with { Document = proposal })];
    }

    /// <summary>"Washington's", "the US", "the Russian": the party phrase right before the noun and its number-like modifiers.</summary>
    private IReadOnlyList<PartyRef> Owner(int documentStart)
    {
        var j = documentStart - 1;
        for (var skipped = 0; j >= 0 && skipped < MaxModifiers && sentence.Tokens.IsNumberPart(j); skipped++)
        {
            j--;
        }
        if (j >= 1 && sentence.Tokens.Word(j) == Tokenizer.Possessive)
        {
            j--;
        }
        if (sentence.Tokens.MentionCovering(j) is { } mention && mention.End == j + 1)
        {
            return mention.Actor.Party == PartyRef.NoParty ? [] : [new PartyRef(mention.Actor.Party, mention.Actor.Id)];
        }
        return j >= 0 && lexicon.PartyAdjectives.TryGetValue(sentence.Tokens.Word(j), out var party) ? [new PartyRef(party, null)] : [];
    }
}
