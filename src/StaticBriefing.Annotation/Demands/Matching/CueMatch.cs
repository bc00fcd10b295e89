namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>A cue found in a sentence: the cue's index in its set, tokens [Start, End), and the {agent} it named.</summary>
public readonly record struct CueMatch(int Cue, int Start, int End, MentionSpan? Agent)
{
    /// <summary>The match reaching further; on a tie the first one (patterns are tried in order).</summary>
    internal static CueMatch? Longer(CueMatch? a, CueMatch? b) =>
        a is null ? b : b is null ? a : b.Value.End > a.Value.End ? b : a;
}
