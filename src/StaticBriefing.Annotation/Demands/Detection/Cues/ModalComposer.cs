namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// How modals combine with the stance cues around them. A modal right before a stance verb wraps
/// it ("needs to accept X": the speaker demands X; "must reject X": rejects X; "could accept X":
/// accepts X). A modal inside a that-clause governed by a stance cue ("dismissed any idea that it
/// should cede X") belongs to that cue's object and states nothing of its own.
/// </summary>
public sealed class ModalComposer(SentenceContext sentence)
{
    private const int MaxGap = 2;

    /// <summary>How far a that-clause may stand from the cue it is the object of ("dismissed any idea that it should").</summary>
    private const int MaxObjectReach = 12;

    public List<StanceHit> Compose(List<StanceHit> hits)
    {
        var composed = new List<StanceHit>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (!hit.Cue.Modal)
            {
                composed.Add(hit);
                continue;
            }
            if (i + 1 < hits.Count && Wraps(hit, hits[i + 1]))
            {
                composed.Add(Wrapped(hit, hits[i + 1]));
                i++;
                continue;
            }
            if (!IsSubordinate(hit, composed))
            {
                composed.Add(hit);
            }
        }
        return composed;
    }

    private bool Wraps(StanceHit modal, StanceHit verb)
    {
        if (verb.Cue.Modal || verb.Cue.Stance is null || verb.Backward || verb.Start - modal.End > MaxGap)
        {
            return false;
        }
        for (var i = modal.End; i < verb.Start; i++)
        {
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return false;
            }
        }
        return true;
    }

    private StanceHit Wrapped(StanceHit modal, StanceHit verb)
    {
        var stance = modal.Cue.Kind == StanceCueKind.Demands && verb.Cue.Kind != StanceCueKind.Rejects ? StanceCueKind.Demands : verb.Cue.Kind;
        var negated = false;
        for (var i = modal.End; i < verb.Start; i++)
        {
            negated ^= sentence.Negators.EndOfMatchAt(i) > 0;
        }
        return new StanceHit(verb.Cue with { Kind = stance, Modal = true }, modal.Start, verb.End, verb.Agent, false) { Negated = negated };
    }

    /// <summary>
    /// A modal after "that" in the object of the last stance cue, with no speech verb or scope end between;
    /// not a that-clause joined to the cue's own ("said that X will stay and that Y should …").
    /// </summary>
    private bool IsSubordinate(StanceHit modal, List<StanceHit> before)
    {
        if (before.Count == 0 || before[^1] is not { Cue.Stance: not null, Cue.Modal: false } governing || modal.Start - governing.End > MaxObjectReach)
        {
            return false;
        }
        return sentence.ClauseBreaks.LastWithin(governing.End, modal.Start) is { } opener
            && !(sentence.OpensCoordinatedClause(opener.Start) && sentence.ClauseBreaks.AnyWithin(0, governing.Start))
            && !sentence.Attributions.AnyWithin(governing.End, modal.Start)
            && !sentence.ScopeEnds.AnyWithin(governing.End, modal.Start);
    }
}
