namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Whether a page's body speaks in its own first person: several sentences after the title open with "I" or
/// "we" while no quotation holds them. A news story quotes its "we" and seldom says "we" itself.
/// </summary>
public static class FirstPersonBody
{
    /// <summary>Unquoted sentences opening with "I" or "we" that make the body someone's own words.</summary>
    public const int MinSentences = 3;

    public static bool Holds(CompiledDemandLexicon lexicon, TokenizedText tokenized)
    {
        var text = tokenized.Text;
        var open = false;
        var scanned = 0;
        var count = 0;
        foreach (var context in tokenized.Sentences)
        {
            var sentence = context.Tokens.Sentence;
            // A quotation opened and not closed before this sentence holds it; a paragraph break ends any quotation.
            for (; scanned < sentence.Start; scanned++)
            {
                open = QuotationMarks.StateAfter(text, scanned, open);
            }
            if (sentence.Index > 0 && !open && context.Tokens.Count > 0 && lexicon.Grammar.FirstPersonPronouns.Contains(context.Tokens.Word(0)))
            {
                count++;
            }
            if (count >= MinSentences)
            {
                return true;
            }
        }
        return false;
    }
}
