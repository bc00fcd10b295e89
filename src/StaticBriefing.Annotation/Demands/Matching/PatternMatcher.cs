using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>Matches one cue pattern at one token, with bounded backtracking over gaps.</summary>
public static class PatternMatcher
{
    /// <summary>The match of pattern <paramref name="index"/> at <paramref name="start"/> if it reaches further than <paramref name="best"/>, else <paramref name="best"/>.</summary>
    public static CueMatch? LongerMatch(CueMatch? best, int index, CuePattern pattern, SentenceTokens sentence, int start, int to)
    {
        MentionSpan? agent = null;
        var end = Match(pattern, sentence, start, to, ref agent);
        return end > start ? CueMatch.Longer(best, new CueMatch(index, start, end, agent)) : best;
    }

    /// <summary>The end token of the longest match at <paramref name="start"/>, or -1.</summary>
    public static int Match(CuePattern pattern, SentenceTokens sentence, int start, int to, ref MentionSpan? agent) =>
        MatchFrom(pattern.Elements, 0, sentence, start, to, ref agent);

    /// <summary>Whether a one-token element after the first matches the next token ("* - point plan" is tried at "20 -" only).</summary>
    internal static bool SecondMayMatch(PatternElement[] elements, SentenceTokens sentence, int next, int to) =>
        elements.Length < 2
        || elements[1].Kind is not (ElementKind.Word or ElementKind.Prefix or ElementKind.Any)
        || (next < to && elements[1].MatchesToken(sentence.Tokens[next]));

    private static int MatchFrom(PatternElement[] elements, int element, SentenceTokens sentence, int token, int to, ref MentionSpan? agent)
    {
        if (element == elements.Length)
        {
            return token;
        }
        var current = elements[element];
        switch (current.Kind)
        {
            case ElementKind.Gap:
                var best = -1;
                for (var skip = 0; skip <= CuePattern.MaxGap && token + skip <= to; skip++)
                {
                    if (skip > 0 && !sentence.Tokens[token + skip - 1].IsWord)
                    {
                        break;
                    }
                    var tryAgent = agent;
                    var end = MatchFrom(elements, element + 1, sentence, token + skip, to, ref tryAgent);
                    if (end > best)
                    {
                        best = end;
                        agent = tryAgent;
                    }
                }
                return best;
            case ElementKind.Slot:
                var mention = sentence.MentionAfterArticle(token);
                if (mention is null || mention.End > to || !Fits(current.Slot, mention.Actor))
                {
                    return -1;
                }
                if (current.Slot == SlotKind.Agent)
                {
                    agent = mention;
                }
                return MatchFrom(elements, element + 1, sentence, mention.End, to, ref agent);
            default:
                return token < to && current.MatchesToken(sentence.Tokens[token])
                    ? MatchFrom(elements, element + 1, sentence, token + 1, to, ref agent)
                    : -1;
        }
    }

    private static bool Fits(SlotKind slot, ActorAnnotation actor) => slot switch
    {
        SlotKind.Person => actor.Kind == ActorKind.Person,
        SlotKind.State => actor.Kind == ActorKind.State,
        _ => true,
    };
}
