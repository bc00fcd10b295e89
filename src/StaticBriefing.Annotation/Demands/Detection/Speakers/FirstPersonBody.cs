using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Whether a page's body speaks in its own first person: several sentences after the title open with "I" or
/// "we" outside every quotation the quote finder found. A news story quotes its "we" and seldom says "we" itself.
/// </summary>
public static class FirstPersonBody
{
    /// <summary>Unquoted sentences opening with "I" or "we" that make the body someone's own words.</summary>
    public const int MinSentences = 3;

    public static bool Holds(CompiledDemandLexicon lexicon, TokenizedText tokenized, EquatableArray<QuoteAnnotation> quotes)
    {
        var count = 0;
        foreach (var context in tokenized.Sentences)
        {
            var tokens = context.Tokens;
            if (tokens.Sentence.Index > 0 && tokens.Count > 0 && lexicon.Grammar.FirstPersonPronouns.Contains(tokens.Word(0))
                && !IsQuoted(tokens.Tokens[0].Start, quotes) && ++count >= MinSentences)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsQuoted(int offset, EquatableArray<QuoteAnnotation> quotes)
    {
        foreach (var quote in quotes)
        {
            if (quote.Start <= offset && offset < quote.End)
            {
                return true;
            }
        }
        return false;
    }
}
