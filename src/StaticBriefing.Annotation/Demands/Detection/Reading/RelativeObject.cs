using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "the ceasefire that Kyiv has been demanding", "the moratorium, which Putin accepted": a stance
/// verb with nothing after it in a relative clause governs the issue the clause hangs on.
/// The opener may be left out ("the ceasefire Ukraine has offered").
/// </summary>
public sealed class RelativeObject(SentenceContext sentence)
{
    /// <summary>The issue right before the relative opener of the clause starting at <paramref name="clauseStart"/>, or null.</summary>
    public IssueHit? Antecedent(int clauseStart)
    {
        if (clauseStart < 2 || sentence.ClauseBreaks.LastWithin(0, clauseStart) is not { } opener || opener.End != clauseStart
            || !sentence.Tokens.Tokens[opener.Start].IsWord)
        {
            return null;
        }
        var before = sentence.Tokens.Word(opener.Start - 1) == "," ? opener.Start - 1 : opener.Start;
        return sentence.Issues.LastOrDefault(issue => issue.End == before);
    }

    /// <summary>
    /// "accept the ceasefire Ukraine has offered": a relative clause without its opener, a party right
    /// after the issue and before the verb (past auxiliaries), hangs on that issue too.
    /// </summary>
    public IssueHit? ReducedAntecedent(int verb)
    {
        var end = verb;
        while (end > 0 && sentence.Auxiliaries.EndOfMatchAt(end - 1) == end)
        {
            end--;
        }
        return end > 0 && sentence.Tokens.MentionCovering(end - 1) is { } mention && mention.End == end
            ? sentence.Issues.LastOrDefault(issue => issue.End == mention.First)
            : null;
    }
}
