using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// The cue lists only claims read (positions, durations, complementizers, infinitive markers), compiled once per detector. They are not
/// registered in the shared vocabulary: the demand detector never reads them, so the text's tokens
/// need not carry their bits (a set without a bit tries every token).
/// </summary>
public sealed class ClaimCues(ClaimLexicon lexicon)
{
    public CueSet Positions { get; } = CueSet.Of(lexicon.Positions);

    public CueSet Durations { get; } = CueSet.Of(lexicon.Durations);

    public CueSet Complementizers { get; } = CueSet.Of(lexicon.Complementizers);

    public CueSet InfinitiveMarkers { get; } = CueSet.Of(lexicon.InfinitiveMarkers);
}
