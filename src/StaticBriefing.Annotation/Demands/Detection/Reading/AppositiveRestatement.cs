using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "…, a condition the official called unacceptable", "…, a plan Belgium has so far opposed": an
/// appositive whose noun restates what was just named (<c>restating_nouns</c>) carries a reduced
/// relative clause, and a stance there with no issue of its own is taken by that clause's subject
/// on the issue named right before the appositive.
/// </summary>
public sealed class AppositiveRestatement(CompiledDemandLexicon lexicon, SentenceContext sentence, SentencePositions positions)
{
    /// <summary>How far before the cue the appositive may open ("a plan Belgium, where the money sits, has so far opposed").</summary>
    private const int MaxReach = 18;

    /// <summary>How many issues before the appositive are looked at for one a stance governed.</summary>
    private const int IssueLookBack = 5;

    /// <summary>How many modifiers may stand between the determiner and the noun ("a key condition").</summary>
    private const int MaxModifiers = 1;

    /// <summary>The issue an appositive before the cue at <paramref name="cue"/> restates, and where its clause's subject starts.</summary>
    public (IssueHit Issue, int Subject)? Before(int cue)
    {
        for (var opener = cue - 1; opener >= 0 && cue - opener <= MaxReach; opener--)
        {
            var isOpener = sentence.Tokens.Word(opener) is "," or "—" or "–" or ":";
            if (isOpener && Restates(opener, cue) is { } subject && positions.LastIssueBefore(opener, IssueLookBack) is { } issue)
            {
                return (issue, subject);
            }
            if (sentence.ScopeEnds.EndOfMatchAt(opener) > 0)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Where the subject after "a NOUN (that)" opening at <paramref name="opener"/> starts, or null.</summary>
    private int? Restates(int opener, int cue)
    {
        var determiner = opener + 1;
        if (sentence.Determiners.EndOfMatchAt(determiner) != determiner + 1)
        {
            return null;
        }
        for (var noun = determiner + 1; noun <= determiner + 1 + MaxModifiers && noun < cue; noun++)
        {
            if (!sentence.Tokens.Tokens[noun].IsWord)
            {
                return null;
            }
            if (lexicon.Grammar.Anaphora.RestatingNouns.Contains(sentence.Tokens.Word(noun)))
            {
                var subject = noun + 1;
                if (sentence.Tokens.Word(subject) == "that" || sentence.Relatives.EndOfMatchAt(subject) > 0)
                {
                    subject++;
                }
                return subject < cue ? subject : null;
            }
        }
        return null;
    }
}
