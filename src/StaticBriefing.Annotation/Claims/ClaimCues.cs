using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// The cue lists only claims read (positions, durations), compiled once per detector. They are not
/// registered in the shared vocabulary: the demand detector never reads them, so the text's tokens
/// need not carry their bits (a set without a bit tries every token).
/// </summary>
public sealed class ClaimCues(ClaimLexicon lexicon)
{
    public CueSet Positions { get; } = Compile(lexicon.Positions);

    public CueSet Durations { get; } = Compile(lexicon.Durations);

    private static CueSet Compile(EquatableArray<string> cues) =>
        new(cues.Select(cue => CuePattern.Compile(cue, out var problem) ?? throw new ArgumentException(problem, nameof(cues))));
}
