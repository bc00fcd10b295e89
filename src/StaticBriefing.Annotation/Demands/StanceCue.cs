using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>A stance cue phrase from input/stances.yml; when Issues is not empty it only governs those issues.</summary>
public sealed record StanceCue(string Cue, StanceCueKind Kind, EquatableArray<string> Issues)
{
    /// <summary>A modal ("must", "should"): the party is whoever says it, and the clause's own subject may be the issue.</summary>
    public bool Modal { get; init; }

    /// <summary>A verdict on what stands before it ("X would be a legitimate target", "treat X as a legitimate target"): it looks back, not ahead.</summary>
    public bool Verdict { get; init; }

    /// <summary>
    /// Says the issue right before it happened ("the exchange of prisoners took place"): every principal
    /// party took part, so each accepts it, whoever the sentence's subject is.
    /// </summary>
    public bool Enacted { get; init; }

    public static StanceCueKind KindOf(Model.Stance stance) => stance switch
    {
        Model.Stance.Demands => StanceCueKind.Demands,
        Model.Stance.Proposes => StanceCueKind.Proposes,
        Model.Stance.Rejects => StanceCueKind.Rejects,
        Model.Stance.Accepts => StanceCueKind.Accepts,
        _ => StanceCueKind.Offers,
    };

    /// <summary>The stance this cue states, or null for agenda and neutral cues.</summary>
    public Model.Stance? Stance => Kind switch
    {
        StanceCueKind.Demands => Model.Stance.Demands,
        StanceCueKind.Proposes => Model.Stance.Proposes,
        StanceCueKind.Rejects => Model.Stance.Rejects,
        StanceCueKind.Accepts => Model.Stance.Accepts,
        StanceCueKind.Offers => Model.Stance.Offers,
        _ => null,
    };
}
