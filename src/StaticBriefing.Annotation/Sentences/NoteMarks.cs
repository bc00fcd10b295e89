namespace StaticBriefing.Annotation.Sentences;

/// <summary>Note marks glued to a sentence's full stop, which end the sentence with it: "[1]", a PDF's superscript "4".</summary>
internal static class NoteMarks
{
    /// <summary>Where the sentence ending at <paramref name="terminal"/> really ends: past any note marks from <paramref name="after"/>.</summary>
    public static int After(string text, int terminal, int after, int end) =>
        AfterNoteDigits(text, terminal, AfterCitationMarks(text, after, end), end);

    private const int MaxCitationMark = 24;

    /// <summary>"… in August.[1][2] The round …": reference marks right after the full stop end the sentence with it.</summary>
    private static int AfterCitationMarks(string text, int after, int end)
    {
        while (after < end && text[after] == '[')
        {
            var close = text.IndexOf(']', after, Math.Min(MaxCitationMark, end - after));
            if (close < 0 || text.AsSpan(after + 1, close - after - 1).IndexOfAny('\n', '[') >= 0)
            {
                break;
            }
            after = close + 1;
        }
        return after;
    }

    private const int MaxNoteDigits = 2;

    /// <summary>
    /// "… member states.4 The 23rd package …": a footnote number glued to the full stop of a word (a PDF's
    /// superscript) ends the sentence with it; not a decimal ("3.4 million"), where a digit precedes the stop.
    /// </summary>
    private static int AfterNoteDigits(string text, int terminal, int after, int end)
    {
        if (text[terminal] != '.' || after != terminal + 1 || terminal == 0 || !char.IsLetter(text[terminal - 1]))
        {
            return after;
        }
        var digits = after;
        while (digits < end && digits - after < MaxNoteDigits + 1 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        var count = digits - after;
        return count is > 0 and <= MaxNoteDigits && digits < end && text[digits] == ' ' ? digits : after;
    }
}
