namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// Finds quotations by the data's quote marks, one line at a time (an unclosed quotation ends with
/// its line). A day named inside one is the speaker's ("starting from tomorrow, May 12"), not a step
/// of the narrative, so a later "the same day" or "in the afternoon" does not count from it.
/// </summary>
internal sealed class QuotationFinder(TemporalLexicon lexicon)
{
    public List<TextRange> Find(string text)
    {
        var ranges = new List<TextRange>();
        if (lexicon.QuoteCloses.Count == 0)
        {
            return ranges;
        }
        var open = -1;
        HashSet<char>? closes = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open >= 0 && (c == '\n' || closes!.Contains(c)))
            {
                ranges.Add(new TextRange(open, i + 1));
                open = -1;
            }
            else if (open < 0 && lexicon.QuoteCloses.TryGetValue(c, out closes))
            {
                open = i;
            }
        }
        if (open >= 0)
        {
            ranges.Add(new TextRange(open, text.Length));
        }
        return ranges;
    }
}
