namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>Whether a negator stands a few words before a cue in its clause ("will not accept", "not a mere ceasefire").</summary>
public sealed class Negation(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    /// <summary>A negator ends at or before <paramref name="token"/> within the grammar's window, with only words between and no coordinator.</summary>
    public bool IsNegatedBefore(int token, int clauseStart)
    {
        var window = lexicon.Grammar.NegationWindow;
        for (var i = token - 1; i >= Math.Max(clauseStart, token - window - 1); i--)
        {
            if (!sentence.Tokens.Tokens[i].IsWord || sentence.Coordinators.EndOfMatchAt(i) == i + 1 || sentence.IssueAt(i) is not null)
            {
                // "will not leave Donetsk and asks for …": the negator stays with the first verb;
                // "no ceasefire until …": it denies the issue between, not the cue after it.
                return false;
            }
            if (sentence.Negators.EndOfMatchAt(i) is var end && end > 0 && end <= token)
            {
                return true;
            }
        }
        return false;
    }
}
