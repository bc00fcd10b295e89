using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Claims of one seed: the sentence-match tally, and over the matched pairs how often the speaker
/// (who) and the disputing side (disputed_by) agree, with the disagreements listed.
/// </summary>
public sealed record ClaimScore(
    KindScore Sentences,
    Accuracy Speakers,
    EquatableArray<string> WrongSpeakers,
    Accuracy DisputedBy,
    EquatableArray<string> WrongDisputedBy)
{
    public static ClaimScore Empty { get; } = new(
        KindScore.Empty, Accuracy.Zero, EquatableArray<string>.Empty, Accuracy.Zero, EquatableArray<string>.Empty);
}
