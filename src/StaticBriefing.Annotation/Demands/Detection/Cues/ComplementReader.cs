namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// A verb in the complement of a demand says what is demanded, not what its addressee does:
/// "called on Moscow to agree to a truce", "insisted that Kyiv accept a freeze", "wants them to
/// accept …". Such a verb is no stance of its own, so the demand's scope runs on over it.
/// </summary>
public sealed class ComplementReader(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private readonly CoordinatedComplement coordinated = new(lexicon, sentence);

    /// <summary>How far before the verb a request verb may stand ("asked the coalition of the willing to send").</summary>
    private const int MaxRequestReach = 10;

    public List<StanceHit> Absorb(List<StanceHit> hits)
    {
        var kept = new List<StanceHit>(hits.Count);
        // Where the complement of the last demand opened (after "that Kyiv", "Moscow to"), or -1, and that demand.
        var complement = -1;
        StanceHit? governing = null;
        foreach (var hit in hits)
        {
            if (kept.Count > 0 && IsComplement(kept[^1], hit))
            {
                (complement, governing) = (Math.Max(complement, hit.Start), kept[^1]);
                continue;
            }
            if (governing is not null && CanBeComplement(hit) && coordinated.Continues(complement, hit.Start))
            {
                // Right after the demand its scope runs on over the verb; past another stance the verb is demanded by its party.
                if (!ReferenceEquals(kept[^1], governing))
                {
                    kept.Add(hit with { Cue = hit.Cue with { Kind = StanceCueKind.Demands }, DemandedBy = governing });
                }
                continue;
            }
            if (governing is not null && coordinated.HoldsBack(complement, hit))
            {
                // "insisted that Kyiv withdraw before any ceasefire": the demander holds the truce back, not Kyiv.
                kept.Add(hit with { DemandedBy = governing });
                continue;
            }
            var requested = Requested(hit, kept.Count > 0 ? kept[^1].End : 0);
            kept.Add(requested ?? hit);
            var opened = requested is not null ? hit.Start : ComplementStart(hit);
            if (opened >= 0)
            {
                (complement, governing) = (opened, kept[^1]);
            }
        }
        return kept;
    }

    /// <summary>Where a demand's complement opens: after its addressee and link words, or right after a modal ("would have to").</summary>
    private int ComplementStart(StanceHit hit)
    {
        if (hit is not { Cue.Kind: StanceCueKind.Demands, Backward: false, Owner: null })
        {
            return -1;
        }
        return hit.Cue.Modal ? hit.End : LinkEnd(hit.End, NamesAddressee(hit));
    }

    /// <summary>
    /// "asked the allies to send air defence": a verb asked of an addressee is demanded by whoever asks,
    /// so it becomes a demand that starts at the request verb.
    /// </summary>
    private StanceHit? Requested(StanceHit hit, int after)
    {
        if (!CanBeComplement(hit) || sentence.RequestVerbs.LastWithin(Math.Max(after, hit.Start - MaxRequestReach), hit.Start) is not { } request
            || !AddresseeLink(request.End, hit.Start))
        {
            return null;
        }
        return new StanceHit(hit.Cue with { Kind = StanceCueKind.Demands }, request.Start, hit.End, null, false);
    }

    private bool IsComplement(StanceHit governing, StanceHit hit)
    {
        if (governing is not { Cue.Kind: StanceCueKind.Demands, Cue.Modal: false, Backward: false, Owner: null } || !CanBeComplement(hit))
        {
            return false;
        }
        return AddresseeLink(governing.End, hit.Start, NamesAddressee(governing));
    }

    /// <summary>
    /// A demand whose cue names its addressee ("gave Russia 50 days to", "told them to") needs none after
    /// it: the verb right after the cue is what the addressee is to do.
    /// </summary>
    private bool NamesAddressee(StanceHit governing)
    {
        for (var i = governing.Start + 1; i < governing.End; i++)
        {
            if (sentence.Tokens.MentionAt(i) is not null || sentence.ObjectPronouns.EndOfMatchAt(i) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool CanBeComplement(StanceHit hit) =>
        !hit.Backward && hit.Owner is null && !hit.Negated
        && hit.Cue.Kind is StanceCueKind.Accepts or StanceCueKind.Offers or StanceCueKind.Proposes or StanceCueKind.Demands;

    /// <summary>
    /// Whether [from, to) is an addressee and link words ("Moscow to", "that Kyiv should immediately",
    /// "them to"). Without an addressee the verb is the subject's own: "wants to discuss X" proposes X.
    /// </summary>
    private bool AddresseeLink(int from, int to, bool named = false) => LinkEnd(from, named, to) == to;

    /// <summary>Where the addressee and link words starting at <paramref name="from"/> end, or -1 when they name no addressee.</summary>
    private int LinkEnd(int from, bool named, int to = int.MaxValue)
    {
        var addressee = named;
        var i = from;
        to = Math.Min(to, sentence.Tokens.Count);
        while (i < to)
        {
            if (sentence.Tokens.MentionAt(i) is { } mention)
            {
                addressee = true;
                i = mention.End;
            }
            else if (i + 1 < to && lexicon.PartyAdjectives.ContainsKey(sentence.Tokens.Word(i)) && sentence.Tokens.MentionAt(i + 1) is null)
            {
                (addressee, i) = (true, i + 2); // "that Ukrainian forces leave …": a party adjective and its noun.
            }
            else if (Longest(i) is var end and > 0)
            {
                addressee |= sentence.Pronouns.EndOfMatchAt(i) > 0 || sentence.ObjectPronouns.EndOfMatchAt(i) > 0 || sentence.Collectives.EndOfMatchAt(i) > 0;
                i = end;
            }
            else if (sentence.HasWordEnding(i, lexicon.Grammar.AdverbEndings))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return addressee ? i : -1;
    }

    private int Longest(int i) =>
        Math.Max(Math.Max(sentence.ComplementLinks.EndOfMatchAt(i), sentence.Determiners.EndOfMatchAt(i)),
            Math.Max(Math.Max(sentence.Pronouns.EndOfMatchAt(i), sentence.ObjectPronouns.EndOfMatchAt(i)), sentence.Collectives.EndOfMatchAt(i)));
}
