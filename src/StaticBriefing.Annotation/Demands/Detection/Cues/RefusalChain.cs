namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// "refused to send X", "ruled out sending X", "declined to accept X": a stance verb right after a
/// rejection is what is rejected, not a stance of its own, so the rejection governs the issues after both.
/// </summary>
public static class RefusalChain
{
    public static List<StanceHit> Compose(List<StanceHit> hits)
    {
        var composed = new List<StanceHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (composed.Count > 0 && IsRefused(composed[^1], hit))
            {
                continue;
            }
            composed.Add(hit);
        }
        return composed;
    }

    private static bool IsRefused(StanceHit refusal, StanceHit verb) =>
        refusal is { Cue.Kind: StanceCueKind.Rejects, Cue.Modal: false, Backward: false, Object: false }
        && verb is { Cue.Modal: false, Backward: false, Object: false, Owner: null }
        && verb.Cue.Stance is not null
        && verb.Cue.Kind != StanceCueKind.Rejects
        && verb.Start == refusal.End;
}
