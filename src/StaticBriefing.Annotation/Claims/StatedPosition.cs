using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// Whether what a speaker says is a position rather than a claim: its verb group is one of intent,
/// ability or obligation ("Kyiv would never accept", "Moscow was ready to talk", "troops must leave").
/// A claim reports what is or was ("the convoy had been attacked"); a position says what the
/// speaker wants or will do, which the demands record.
/// </summary>
public sealed class StatedPosition(CueSet positions, SentenceTokens tokens)
{
    /// <summary>How far into what is said its leading "that" may stand ("on Tuesday that …").</summary>
    private const int ThatReach = 5;

    /// <summary>How many tokens the subject of what is said may take before its verb group.</summary>
    private const int VerbReach = 8;

    public bool Is(Statement statement)
    {
        var start = statement.First;
        // Only what follows its cue opens with "(on Tuesday) that"; a quotation's "that" is its own.
        var reach = statement.First == statement.CueEnd ? Math.Min(statement.End, statement.First + ThatReach) : start;
        for (var i = start; i < reach; i++)
        {
            if (tokens.Word(i) == "that")
            {
                start = i + 1;
                break;
            }
        }
        var end = Math.Min(statement.End, start + VerbReach);
        for (var i = start; i < end; i++)
        {
            // A nested clause or a parenthesis is not the statement's own verb group ("confident that we can …").
            if (i > start && (tokens.Word(i) == "that" || IsPunctuation(i)))
            {
                return false;
            }
            if (positions.LongestAt(tokens, i, statement.End) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsPunctuation(int token) => !tokens.Tokens[token].IsWord && tokens.Word(token) != "-";
}
