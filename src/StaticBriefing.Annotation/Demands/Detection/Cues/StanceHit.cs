using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// A stance cue in a sentence: the cue, tokens [Start, End) and the agent its pattern named.
/// A backward cue ends with its agent ("unacceptable to {agent}"): what it is about came before.
/// </summary>
public sealed record StanceHit(StanceCue Cue, int Start, int End, MentionSpan? Agent, bool Backward)
{
    /// <summary>A negator stands inside the hit ("must not accept").</summary>
    public bool Negated { get; init; }

    /// <summary>The first token of the party phrase owning a stance noun ("the American proposal"), which takes its stance.</summary>
    public int? Owner { get; init; }

    /// <summary>The cue is a stance noun ("the demands from X"), not a verb ("demanded from X").</summary>
    public bool Noun { get; init; }

    /// <summary>An owned noun that is the object of the cue before it ("accepted the US plan for …"): that cue's scope runs on over it.</summary>
    public bool Object { get; init; }

    /// <summary>
    /// The demand whose complement this verb continues past another stance ("called on Moscow to stop
    /// blocking consensus, to accept a truce"): the verb is demanded by that demand's party.
    /// </summary>
    public StanceHit? DemandedBy { get; init; }
}
