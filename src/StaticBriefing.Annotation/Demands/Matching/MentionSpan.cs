using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>An outermost actor mention in token terms: tokens [First, End) of the sentence.</summary>
public sealed record MentionSpan(int First, int End, ActorAnnotation Actor);
