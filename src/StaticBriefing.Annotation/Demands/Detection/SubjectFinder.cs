namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// Finds who takes a stance without a parser: the first party-bearing phrase of the clause that is
/// not the object of a preposition (a passive agent after "by" counts), with the phrases
/// coordinated with it ("Moscow and Kyiv"). Candidates are actor mentions, collective phrases
/// ("both sides") and a clause-initial nationality adjective ("the Ukrainian memorandum").
/// </summary>
public sealed class SubjectFinder(CompiledDemandLexicon lexicon, SentenceContext sentence, bool partiesOnly = true)
{
    /// <summary>
    /// The subject of the clause [from, to), or an empty list. An object right before the cue
    /// stands in when nothing else does ("with both sides agreeing to …").
    /// </summary>
    public IReadOnlyList<PartyRef> SubjectIn(int from, int to, bool adjacentOnly = false)
    {
        IReadOnlyList<PartyRef> adjacentObject = [];
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
            else if (!IsObject(candidate.First, from))
            {
                return parties;
            }
            if (to - end <= 1 && !adjacentOnly)
            {
                adjacentObject = parties;
            }
            i = end;
        }
        return adjacentObject;
    }

    /// <summary>The candidate after a link ("from X and Y") starting at <paramref name="token"/>, with its coordinated ones.</summary>
    public IReadOnlyList<PartyRef> PhraseAt(int token, int to) =>
        CandidateAt(token, token, to) is { } candidate ? Coordinated(candidate, to, out _) : [];

    /// <summary>Whether the clause [from, to) opens with a pronoun before any candidate ("it does not believe …").</summary>
    public bool OpensWithPronoun(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.Pronouns.EndOfMatchAt(i) > 0)
            {
                return true;
            }
            if (sentence.Tokens.Tokens[i].IsWord && sentence.Determiners.EndOfMatchAt(i) < 0)
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
            return mention.Actor.Party == NoParty && partiesOnly
                ? new Candidate(i, mention.End, [])
                : new Candidate(i, mention.End, [new PartyRef(mention.Actor.Party, mention.Actor.Id)]);
        }
        var collective = sentence.Collectives.EndOfMatchAt(i);
        if (collective > 0 && collective <= to)
        {
            return new Candidate(i, collective, lexicon.Grammar.PrincipalParties.Select(party => new PartyRef(party, null)).ToList());
        }
        if (lexicon.PartyAdjectives.TryGetValue(sentence.Tokens.Word(i), out var party) && OnlyDeterminersBetween(clauseStart, i))
        {
            return new Candidate(i, i + 1, [new PartyRef(party, null)]);
        }
        return null;
    }

    private List<PartyRef> Coordinated(Candidate first, int to, out int end)
    {
        var parties = new List<PartyRef>(first.Parties);
        end = first.End;
        while (end < to && sentence.Coordinators.EndOfMatchAt(end) is var link and > 0)
        {
            var next = SkipDeterminers(link, to);
            if (next >= to || CandidateAt(next, next, to) is not { Parties.Count: > 0 } candidate)
            {
                break;
            }
            parties.AddRange(candidate.Parties.Where(party => !parties.Contains(party)));
            end = candidate.End;
        }
        return parties;
    }

    private bool IsObject(int first, int clauseStart)
    {
        var j = first - 1;
        while (j >= clauseStart && sentence.Determiners.EndOfMatchAt(j) == j + 1)
        {
            j--;
        }
        return j >= 0 && sentence.Prepositions.EndOfMatchAt(j) == j + 1;
    }

    private bool OnlyDeterminersBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.Determiners.EndOfMatchAt(i) != i + 1)
            {
                return false;
            }
        }
        return true;
    }

    private int SkipDeterminers(int from, int to)
    {
        var i = from;
        while (i < to && sentence.Determiners.EndOfMatchAt(i) == i + 1)
        {
            i++;
        }
        return i;
    }

    private const string NoParty = "none";
}
