namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// Whether a cue's object is only an amount ("asks for up to 50 years", "wanted “30, 40, 50 years”"): a
/// counter-bid on the issue just named ("Washington offers guarantees for 15 years, and Kyiv asks for up to
/// 50 years"), which leaves that issue unsaid. At most two words before the numbers, one unit word after
/// them, and then the clause ends.
/// </summary>
public sealed class AmountObject(SentenceContext sentence)
{
    private const int MaxLeadingWords = 2;

    public bool IsAmount(int scopeStart, int scopeEnd)
    {
        var tokens = sentence.Tokens;
        var end = Math.Min(scopeEnd, tokens.Count);
        var i = scopeStart;
        var leading = 0;
        while (i < end && !IsNumber(i) && (!tokens.Tokens[i].IsWord || ++leading <= MaxLeadingWords))
        {
            i++;
        }
        if (i >= end || !IsNumber(i))
        {
            return false;
        }
        while (i < end && (IsNumber(i) || tokens.Word(i) == ","))
        {
            i++;
        }
        if (i >= end || !tokens.Tokens[i].IsWord || IsNumber(i - 1) is false)
        {
            return false;
        }
        i++;
        // Past the unit: a closing quote, then the end of the clause (punctuation or nothing).
        while (i < end && !tokens.Tokens[i].IsWord && tokens.Word(i) != ",")
        {
            i++;
        }
        return i >= end || tokens.Word(i) == "," && (i + 1 >= end || sentence.ClauseJoins.EndOfMatchAt(i) > 0 || tokens.MentionAt(i + 1) is not null);
    }

    private bool IsNumber(int token)
    {
        var word = sentence.Tokens.Word(token);
        return word.Length > 0 && word.All(char.IsAsciiDigit);
    }
}
