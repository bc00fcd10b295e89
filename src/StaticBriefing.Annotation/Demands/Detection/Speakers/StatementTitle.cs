using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// A title naming the issuer of a statement (input/stances.yml statement_headings): the actor right before
/// the heading word, past a possessive and a few capitalised words ("UK statement to the OSCE", "G7 Foreign
/// Ministers’ Statement on …"), or right after a heading phrase ending in its link ("Statement by the Minister").
/// </summary>
public static class StatementTitle
{
    /// <summary>Capitalised words a title may put between the issuer and the heading ("G7 Foreign Ministers’ Statement").</summary>
    private const int MaxWordsBetween = 3;

    public static ActorAnnotation? Issuer(CompiledDemandLexicon lexicon, SentenceTokens title)
    {
        foreach (var heading in lexicon.Grammar.StatementHeadings)
        {
            var words = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var at = 0; at + words.Length <= title.Count; at++)
            {
                if (!Matches(title, at, words))
                {
                    continue;
                }
                var issuer = words.Length > 1 ? title.MentionAfterArticle(at + words.Length)?.Actor : Before(title, at);
                if (issuer is not null && issuer.Party != PartyRef.NoParty)
                {
                    return issuer;
                }
            }
        }
        return null;
    }

    private static bool Matches(SentenceTokens title, int at, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (title.Word(at + i) != words[i])
            {
                return false;
            }
        }
        return true;
    }

    private static ActorAnnotation? Before(SentenceTokens title, int heading)
    {
        var between = 0;
        for (var token = heading - 1; token >= 0; token--)
        {
            if (title.MentionCovering(token) is { } mention)
            {
                return mention.Actor;
            }
            var word = title.Word(token);
            var possessive = word.Length == 0 || !char.IsLetterOrDigit(word[0]) || word == "s";
            if (!possessive && (!title.IsCapitalised(token) || ++between > MaxWordsBetween))
            {
                return null;
            }
        }
        return null;
    }
}
