namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>A cue found in a sentence: the cue's index in its set, tokens [Start, End), and the {agent} it named.</summary>
public readonly record struct CueMatch(int Cue, int Start, int End, MentionSpan? Agent);
