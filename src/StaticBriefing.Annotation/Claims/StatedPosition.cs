using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// Whether what a speaker says is a position rather than a claim: its verb group is one of intent,
/// ability or obligation ("Kyiv would never accept", "Moscow was ready to talk", "troops must leave").
/// A claim reports what is or was ("the convoy had been attacked"); a position says what the
/// speaker wants or will do, which the demands record.
/// </summary>
public sealed class StatedPosition(ClaimCues cues, SentenceTokens tokens)
{
    /// <summary>How far into what is said its leading "that" may stand ("on Tuesday that …").</summary>
    private const int ThatReach = 5;

    /// <summary>How many tokens the subject of what is said may take before its verb group.</summary>
    private const int VerbReach = 8;

    public bool Is(Statement statement)
    {
        // Only what follows its cue may open with "(on Tuesday) that"; a quotation's "that" is its own.
        var leadingThat = statement.First == statement.CueEnd;
        var end = Math.Min(statement.End, statement.First + VerbReach);
        for (var i = statement.First; i < end; i++)
        {
            if (cues.Positions.LongestAt(tokens, i, statement.End) is not null)
            {
                return true;
            }
            if (IsComplementizer(i) && leadingThat && i - statement.First < ThatReach)
            {
                leadingThat = false;
                end = Math.Min(statement.End, i + 1 + VerbReach);
                continue;
            }
            // A nested clause or an aside is not the statement's own verb group ("confident that we can …").
            if (i > statement.First && (IsComplementizer(i) || IsClauseMark(i)))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsComplementizer(int token) => cues.Complementizers.LongestAt(tokens, token, token + 1) is not null;

    /// <summary>Punctuation that ends a verb group's reach; not the dots of "U.S." or a hyphen.</summary>
    private bool IsClauseMark(int token) => tokens.Word(token) is "," or ";" or ":" or "(" or ")" or "–" or "—";
}
