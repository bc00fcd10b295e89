using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "the ceasefire that Kyiv has been demanding", "the moratorium, which Putin accepted": a stance
/// verb with nothing after it in a relative clause governs the issue the clause hangs on.
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
}
