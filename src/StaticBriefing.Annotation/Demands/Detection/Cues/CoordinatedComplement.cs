namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// "insisted that Kyiv renounce NATO membership and accept the annexation", "called on Moscow to
/// halt its strikes, to accept a truce and to return the children": a verb coordinated with the
/// first verb of a demand's complement is demanded too, not the addressee's own stance. It must
/// follow a coordinator directly (no subject of its own: not "and Kyiv accepts") in its bare form
/// (not "…, and accepts", which the demander says of itself), with no scope end or new clause between.
/// </summary>
public sealed class CoordinatedComplement(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    /// <summary>How far a coordinated complement verb may stand from the demand it continues.</summary>
    private const int MaxReach = 30;

    /// <summary>Whether the verb starting at <paramref name="verb"/> continues the complement that opened at <paramref name="complementStart"/>.</summary>
    public bool Continues(int complementStart, int verb)
    {
        if (!Encloses(complementStart, verb) || !IsBare(verb))
        {
            return false;
        }
        var j = verb - 1;
        while (j > complementStart && (sentence.Tokens.Word(j) == "to" || sentence.HasWordEnding(j, lexicon.Grammar.AdverbEndings)))
        {
            j--;
        }
        return sentence.Coordinators.EndOfMatchAt(j) == j + 1;
    }

    /// <summary>
    /// Whether a refusal opened by a preposition ("before any"), with no verb and so no subject of its own,
    /// stands in the complement: then the demander holds back what it governs, not the addressee.
    /// </summary>
    public bool HoldsBack(int complementStart, StanceHit hit) =>
        hit is { Cue.Kind: StanceCueKind.Rejects, Backward: false, Owner: null, Negated: false }
        && sentence.Prepositions.EndOfMatchAt(hit.Start) > 0 && Encloses(complementStart, hit.Start);

    /// <summary>
    /// Whether <paramref name="token"/> still stands in the complement that opened at <paramref name="complementStart"/>:
    /// near it, with no scope end or new clause between ("insisted that Kyiv withdraw … before any truce").
    /// </summary>
    private bool Encloses(int complementStart, int token)
    {
        if (token <= complementStart || token - complementStart > MaxReach)
        {
            return false;
        }
        for (var i = complementStart; i < token; i++)
        {
            if (sentence.ScopeEnds.EndOfMatchAt(i) > 0 || sentence.Relatives.EndOfMatchAt(i) > 0 || sentence.ClauseBreaks.EndOfMatchAt(i) > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A bare verb ("accept", "agree"), not a finite one or a participle ("accepts", "agreed", "threatening").</summary>
    private bool IsBare(int token)
    {
        if (sentence.HasWordEnding(token, lexicon.Grammar.ParticipleEndings) || sentence.HasWordEnding(token, lexicon.Grammar.PastParticipleEndings))
        {
            return false;
        }
        // A third-person "-s" ("accepts"), not a stem ending in "ss" ("discuss").
        var word = sentence.Tokens.Word(token);
        return !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));
    }
}
