using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>A stance cue in a sentence: the cue, tokens [Start, End) and the agent its pattern named.</summary>
public sealed record StanceHit(StanceCue Cue, int Start, int End, MentionSpan? Agent);
