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
public sealed class SubjectFinder(CompiledDemandLexicon lexicon, SentenceContext sentence, bool partiesOnly = true, IReadOnlyList<PartyRef>? documentAuthor = null)
{
    private const int MaxLookBack = 80;

    private readonly OwnedDocuments documents = new(sentence);

    private readonly PrepositionObjects objects = new(sentence);

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
            if (CandidateAt(i, from, to) is not { } candidate)
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
            var parties = Coordinated(candidate, to, out var end);
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

    /// <summary>The sentence's subject before <paramref name="token"/>: past a fronted phrase, unless the token stands inside it.</summary>
    public IReadOnlyList<PartyRef> MainSubjectBefore(int token) =>
        SubjectIn(token < sentence.Clauses.FrontedEnd ? 0 : sentence.Clauses.FrontedEnd, token);

    /// <summary>The candidate after a link ("from X and Y") starting at <paramref name="token"/>, with its coordinated ones.</summary>
    public IReadOnlyList<PartyRef> PhraseAt(int token, int to) =>
        CandidateAt(token, token, to) is { } candidate ? Coordinated(candidate, to, out _) : [];

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

    private Candidate? CandidateAt(int i, int clauseStart, int to)
    {
        var mention = sentence.Tokens.MentionAt(i);
        if (mention is not null && mention.End <= to)
        {
            if (mention.Actor.Party == PartyRef.NoParty && partiesOnly)
            {
                return new Candidate(i, mention.End, []);
            }
            return WithOwnedDocument(i, mention.End, to, new PartyRef(mention.Actor.Party, mention.Actor.Id));
        }
        var document = sentence.Documents.EndOfMatchAt(i);
        if (document > 0 && document <= to && partiesOnly)
        {
            return DocumentCandidate(i, document);
        }
        var collective = sentence.Collectives.EndOfMatchAt(i);
        if (collective > 0 && collective <= to)
        {
            return new Candidate(i, collective, lexicon.Grammar.PrincipalParties.Select(party => new PartyRef(party, null)).ToList());
        }
        if (lexicon.PartyAdjectives.TryGetValue(sentence.Tokens.Word(i), out var party) && sentence.Determiners.EachTokenMatchedIn(clauseStart, i))
        {
            return WithOwnedDocument(i, i + 1, to, new PartyRef(party, null));
        }
        return null;
    }

    // Apart from CandidateAt, which runs for every token: a lambda there would allocate its closure on each call.
    private Candidate DocumentCandidate(int i, int document)
    {
        var authors = (documentAuthor ?? []).Select(author => author with { Document = sentence.ProposalDocuments.EndOfMatchAt(i) == document }).ToList();
        return new Candidate(i, document, authors) { Document = true };
    }

    /// <summary>A party phrase over [first, phraseEnd), extended over a document noun it owns: then the party speaks through it.</summary>
    private Candidate WithOwnedDocument(int first, int phraseEnd, int to, PartyRef party)
    {
        // Only stances read documents as their authors; claims name the speaker alone.
        var owned = partiesOnly ? documents.EndAfter(phraseEnd, to) : -1;
        return new Candidate(first, Math.Max(owned, phraseEnd), [party with { Document = documents.IsProposal(owned) }]) { Document = owned > 0 };
    }

    private List<PartyRef> Coordinated(Candidate first, int to, out int end)
    {
        var parties = new List<PartyRef>(first.Parties);
        end = first.End;
        while (end < to && sentence.Coordinators.EndOfMatchAt(end) is var link and > 0)
        {
            // "Moscow, Kyiv, and Ankara": a serial comma is one link with the "and" after it.
            if (link < to && sentence.Coordinators.EndOfMatchAt(link) is var serial and > 0)
            {
                link = serial;
            }
            var next = sentence.Determiners.SkipOneTokenMatches(link, to);
            if (next >= to || CandidateAt(next, next, to) is not { Parties.Count: > 0 } candidate)
            {
                break;
            }
            foreach (var party in candidate.Parties)
            {
                if (!parties.Contains(party))
                {
                    parties.Add(party);
                }
            }
            end = candidate.End;
        }
        return parties;
    }
}
