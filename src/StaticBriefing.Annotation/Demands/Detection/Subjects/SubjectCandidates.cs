namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// The party-bearing phrases a subject can be: an actor mention (with a document it owns, "Washington's
/// draft"), a document standing for its author, a collective ("both sides"), a nationality adjective
/// opening the clause ("the Ukrainian memorandum"), and the phrases coordinated with one.
/// </summary>
public sealed class SubjectCandidates(CompiledDemandLexicon lexicon, SentenceContext sentence, bool partiesOnly, IReadOnlyList<PartyRef>? documentAuthor)
{
    private readonly OwnedDocuments documents = new(sentence);

    /// <summary>The candidate starting at token <paramref name="i"/>, or null.</summary>
    public Candidate? At(int i, int clauseStart, int to)
    {
        var mention = sentence.Tokens.MentionAt(i);
        if (mention is not null && mention.End <= to)
        {
            if (partiesOnly && InsideIssue(i))
            {
                return null;
            }
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

    /// <summary>An actor named inside an issue ("a meeting between Putin and Zelensky could happen …") is what the clause is about, not who takes a stance.</summary>
    private bool InsideIssue(int token) => sentence.IssueAt(token) is { } issue && issue.Start < token;

    // Apart from At, which runs for every token: a lambda there would allocate its closure on each call.
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

    /// <summary>The parties of <paramref name="first"/> and of the candidates coordinated with it ("Moscow and Kyiv"), and where they end.</summary>
    public List<PartyRef> Coordinated(Candidate first, int to, out int end)
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
            if (next >= to || At(next, next, to) is not { Parties.Count: > 0 } candidate)
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
