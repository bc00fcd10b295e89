namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The patterns of a cue set that no first word indexes (a mention slot, "*", a short prefix),
/// tried in order at every token. A gate first asks whether any of them can start there at all:
/// a slot pattern needs a mention, and when every other one names its second word ("* - point
/// plan"), the next token must be one of those words. Most tokens pass neither, so the loop is skipped.
/// </summary>
internal sealed class UnindexedPatterns
{
    private readonly int[] indices;
    private readonly bool hasSlotFirst;
    private readonly bool hasOthers;
    // Null when some non-slot pattern does not name its second word: then no gate for them.
    private readonly string[]? secondWords;

    public UnindexedPatterns(CuePattern[] patterns, List<int> unindexed)
    {
        indices = [.. unindexed];
        var seconds = new List<string>();
        var gated = true;
        foreach (var index in indices)
        {
            var elements = patterns[index].Elements;
            if (elements[0].Kind == ElementKind.Slot)
            {
                hasSlotFirst = true;
                continue;
            }
            hasOthers = true;
            if (elements.Length >= 2 && elements[1].Kind == ElementKind.Word)
            {
                seconds.AddRange(elements[1].Alternatives);
            }
            else
            {
                gated = false;
            }
        }
        secondWords = gated ? [.. seconds.Distinct(StringComparer.Ordinal)] : null;
    }

    public int Count => indices.Length;

    /// <summary>
    /// The longest match of these patterns at <paramref name="start"/>, ties to the earlier pattern,
    /// skipping those whose first element cannot match here (the matcher would fail on it at once).
    /// </summary>
    public CueMatch? LongestAt(CuePattern[] patterns, SentenceTokens sentence, int start, int to)
    {
        var mention = hasSlotFirst ? sentence.MentionAfterArticle(start) : null;
        var mentionHere = mention is not null;
        if (!mentionHere && !OthersMayStart(sentence, start, to))
        {
            return null;
        }
        CueMatch? best = null;
        var token = sentence.Tokens[start];
        foreach (var index in indices)
        {
            var elements = patterns[index].Elements;
            // After a mention, a one-token second element must match the token after it ("{person} and …").
            var mayMatch = elements[0].Kind == ElementKind.Slot
                ? mentionHere && PatternMatcher.SecondMayMatch(elements, sentence, mention!.End, to)
                : start < to && elements[0].MatchesToken(token) && PatternMatcher.SecondMayMatch(elements, sentence, start + 1, to);
            if (!mayMatch || !patterns[index].MayMatchIn(sentence.Sketch))
            {
                continue;
            }
            best = PatternMatcher.LongerMatch(best, index, patterns[index], sentence, start, to);
        }
        return best;
    }

    /// <summary>
    /// Whether any of these patterns may start in tokens [from, to): a slot needs a mention in the
    /// sentence, the others one of their second words. Most sentences have neither, and then no
    /// token needs the test of <see cref="LongestAt"/>.
    /// </summary>
    public bool MayStartIn(SentenceTokens sentence, int from, int to)
    {
        if (indices.Length == 0)
        {
            return false;
        }
        if ((hasSlotFirst && sentence.HasMentions) || (hasOthers && secondWords is null))
        {
            return true;
        }
        if (!hasOthers)
        {
            return false;
        }
        for (var next = from + 1; next < to; next++)
        {
            if (IsSecondWord(sentence.Tokens[next].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of these patterns may start at <paramref name="start"/>: the gate <see cref="LongestAt"/> opens with.</summary>
    public bool MayStartAt(SentenceTokens sentence, int start, int to) =>
        (hasSlotFirst && sentence.MentionAfterArticle(start) is not null) || OthersMayStart(sentence, start, to);

    private bool OthersMayStart(SentenceTokens sentence, int start, int to)
    {
        if (!hasOthers)
        {
            return false;
        }
        if (secondWords is null)
        {
            return true;
        }
        var next = start + 1;
        if (next >= to)
        {
            return false;
        }
        return IsSecondWord(sentence.Tokens[next].Norm);
    }

    private bool IsSecondWord(string word)
    {
        foreach (var second in secondWords!)
        {
            if (ReferenceEquals(word, second) || word == second)
            {
                return true;
            }
        }
        return false;
    }
}
