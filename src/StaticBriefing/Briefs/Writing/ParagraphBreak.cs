namespace StaticBriefing.Briefs.Writing;

/// <summary>A paragraph break is a whitespace run holding at least two line breaks.</summary>
public static class ParagraphBreak
{
    /// <summary>
    /// Given a '\n' at <paramref name="newline"/>, the end of the whitespace run it starts when that
    /// run holds another line break, else 0.
    /// </summary>
    public static int EndOfBreak(string text, int newline, int end)
    {
        var i = newline + 1;
        var breaks = 1;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            if (text[i] == '\n')
            {
                breaks++;
            }
            i++;
        }
        return breaks >= 2 ? i : 0;
    }

    public static bool Contains(string text, int start, int end) =>
        text.AsSpan(start, end - start).Count('\n') >= 2;
}
