using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// Finds who takes a stance without a parser: the first party-bearing phrase of the clause that is
/// not the object of a preposition (a passive agent after "by" counts), with the phrases
/// coordinated with it ("Moscow and Kyiv"). Candidates are actor mentions, collective phrases
/// ("both sides") and a clause-initial nationality adjective ("the Ukrainian memorandum").
/// </summary>
/// <remarks>A document ("the US plan", "Washington's draft", or "the plan" whose author the discourse
/// remembers) stands for its author, marked <see cref="PartyRef.Document"/>.</remarks>
public sealed class SubjectFinder(CompiledDemandLexicon lexicon, SentenceContext sentence, bool partiesOnly = true, IReadOnlyList<PartyRef>? documentAuthor = null) : ISentenceSubject
{
    private const int MaxLookBack = 80;

    private readonly PrepositionObjects objects = new(sentence);

    private readonly SubjectCandidates candidates = new(lexicon, sentence, partiesOnly, documentAuthor);

    /// <summary>
    /// The subject of the clause [from, to), or an empty list. An object right before the cue
    /// stands in when nothing else does ("with both sides agreeing to …").
    /// </summary>
    public IReadOnlyList<PartyRef> SubjectIn(int from, int to, bool adjacentOnly = false)
    {
        IReadOnlyList<PartyRef> adjacentObject = [];
        // A subject stands near its verb; the bound keeps a run-on "sentence" linear.
        from = Math.Max(from, to - MaxLookBack);
        // "he would meet Putin only after …": a pronoun opening the clause is its subject, for the caller to resolve.
        var pronounFirst = !adjacentOnly && OpensWithPronoun(from, to);
        var adjacentEnd = to;
        var i = from;
        while (i < to)
        {
            if (candidates.At(i, from, to) is not { } candidate)
            {
                i++;
                continue;
            }
            if (candidate.Parties.Count == 0)
            {
                if (candidate.Document && !objects.IsObject(candidate.First, from))
                {
                    // An unattributed document is the subject: no actor after it is.
                    return [];
                }
                i = candidate.End;
                continue;
            }
            var parties = candidates.Coordinated(candidate, to, out var end);
            if (adjacentOnly)
            {
                if (end == to)
                {
                    return parties;
                }
            }
            else if (!objects.IsObject(candidate.First, from) && !pronounFirst)
            {
                return parties;
            }
            if (to - end <= 1 && !adjacentOnly)
            {
                adjacentObject = parties;
                adjacentEnd = end;
            }
            i = end;
        }
        // After a pronoun, only the subject of an infinitive ("waiting for Putin to accept") stands in.
        return !pronounFirst || (adjacentEnd < to && sentence.ComplementLinks.EndOfMatchAt(adjacentEnd) == to) ? adjacentObject : [];
    }

    /// <summary>The subject of the sentence's main clause, after any fronted phrase.</summary>
    public IReadOnlyList<PartyRef> MainSubject() => SubjectIn(sentence.Clauses.FrontedEnd, sentence.Tokens.Count);

    /// <summary>Whether the main clause opens with a third-person pronoun ("He told reporters …"): it names the subject before.</summary>
    public bool MainSubjectIsPronoun() => OpensWithPronoun(sentence.Clauses.FrontedEnd, sentence.Tokens.Count, thirdPersonOnly: true);

    /// <summary>
    /// The sentence's subject before <paramref name="token"/>: past a fronted phrase, unless the token stands
    /// inside it; after a semicolon, that clause's own subject ("A will send troops; B offered aid but rules out troops").
    /// </summary>
    public IReadOnlyList<PartyRef> MainSubjectBefore(int token)
    {
        var front = token < sentence.Clauses.FrontedEnd ? 0 : sentence.Clauses.FrontedEnd;
        for (var i = token - 1; i > front; i--)
        {
            if (sentence.Tokens.Word(i) == ";")
            {
                if (SubjectIn(i + 1, token) is { Count: > 0 } own)
                {
                    return own;
                }
                break;
            }
        }
        return SubjectIn(front, token);
    }

    /// <summary>The candidate after a link ("from X and Y") starting at <paramref name="token"/>, with its coordinated ones.</summary>
    public IReadOnlyList<PartyRef> PhraseAt(int token, int to) =>
        candidates.At(token, token, to) is { } candidate ? candidates.Coordinated(candidate, to, out _) : [];

    /// <summary>Whether the clause [from, to) opens with a pronoun before any candidate ("it does not believe …").</summary>
    public bool OpensWithPronoun(int from, int to, bool thirdPersonOnly = false)
    {
        // "In return it offers …": a pronoun not governed by a preposition, before any actor, is the subject.
        for (var i = from; i < to; i++)
        {
            if (sentence.Pronouns.EndOfMatchAt(i) > 0 && !(i > from && sentence.Prepositions.EndOfMatchAt(i - 1) == i))
            {
                return !thirdPersonOnly || !lexicon.Grammar.FirstPersonPronouns.Contains(sentence.Tokens.Word(i));
            }
            if (sentence.Tokens.MentionAt(i) is not null || sentence.Tokens.Word(i) == ",")
            {
                return false;
            }
        }
        return false;
    }
}
