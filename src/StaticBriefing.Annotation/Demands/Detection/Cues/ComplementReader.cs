namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// A verb in the complement of a demand says what is demanded, not what its addressee does:
/// "called on Moscow to agree to a truce", "insisted that Kyiv accept a freeze", "wants them to
/// accept …". Such a verb is no stance of its own, so the demand's scope runs on over it.
/// </summary>
public sealed class ComplementReader(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    public List<StanceHit> Absorb(List<StanceHit> hits)
    {
        var kept = new List<StanceHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (kept.Count == 0 || !IsComplement(kept[^1], hit))
            {
                kept.Add(hit);
            }
        }
        return kept;
    }

    private bool IsComplement(StanceHit governing, StanceHit hit)
    {
        if (governing is not { Cue.Kind: StanceCueKind.Demands, Cue.Modal: false, Backward: false, Owner: null }
            || hit.Backward || hit.Owner is not null || hit.Negated
            || hit.Cue.Kind is not (StanceCueKind.Accepts or StanceCueKind.Offers or StanceCueKind.Proposes or StanceCueKind.Demands))
        {
            return false;
        }
        return AddresseeLink(governing.End, hit.Start);
    }

    /// <summary>
    /// Whether [from, to) is an addressee and link words ("Moscow to", "that Kyiv should immediately",
    /// "them to"). Without an addressee the verb is the subject's own: "wants to discuss X" proposes X.
    /// </summary>
    private bool AddresseeLink(int from, int to)
    {
        var addressee = false;
        var i = from;
        while (i < to)
        {
            if (sentence.Tokens.MentionAt(i) is { } mention)
            {
                addressee = true;
                i = mention.End;
            }
            else if (Longest(i) is var end and > 0)
            {
                addressee |= sentence.Pronouns.EndOfMatchAt(i) > 0 || sentence.ObjectPronouns.EndOfMatchAt(i) > 0 || sentence.Collectives.EndOfMatchAt(i) > 0;
                i = end;
            }
            else if (IsAdverb(i))
            {
                i++;
            }
            else
            {
                return false;
            }
        }
        return addressee && i == to;
    }

    private int Longest(int i) =>
        Math.Max(Math.Max(sentence.ComplementLinks.EndOfMatchAt(i), sentence.Determiners.EndOfMatchAt(i)),
            Math.Max(Math.Max(sentence.Pronouns.EndOfMatchAt(i), sentence.ObjectPronouns.EndOfMatchAt(i)), sentence.Collectives.EndOfMatchAt(i)));

    private bool IsAdverb(int token) => sentence.HasWordEnding(token, lexicon.Grammar.AdverbEndings);
}
