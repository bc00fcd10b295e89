namespace StaticBriefing.Annotation.Sentences;

/// <summary>
/// Cuts text into blocks no sentence crosses: paragraphs (separated by a blank line) and list items
/// (a line starting with a bullet or "1." / "1)"); the list marker itself belongs to no block.
/// </summary>
internal static class TextBlocks
{
    public static IEnumerable<(int Start, int End)> Of(string text)
    {
        var blockStart = 0;
        // Line by line: the newline is found by a vectorised search and the blank test runs in a
        // plain loop, not character by character through the iterator's state.
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var i = newline < 0 ? text.Length : newline;
            // [lineStart, i) is a complete line.
            if (IsBlank(text, lineStart, i))
            {
                if (lineStart > blockStart)
                {
                    yield return (blockStart, lineStart);
                }
                blockStart = i + 1;
            }
            else if (ListMarkerEnd(text, lineStart, i) is { } content)
            {
                if (lineStart > blockStart)
                {
                    yield return (blockStart, lineStart);
                }
                blockStart = content;
            }
            lineStart = i + 1;
        }
        if (blockStart < text.Length)
        {
            yield return (blockStart, text.Length);
        }
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!TextChars.IsSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where an item's text starts when the line is a list item, else null.</summary>
    private static int? ListMarkerEnd(string text, int lineStart, int lineEnd)
    {
        var i = lineStart;
        while (i < lineEnd && TextChars.IsInlineSpace(text[i]))
        {
            i++;
        }
        if (i >= lineEnd)
        {
            return null;
        }
        int markerEnd;
        if (text[i] is '•' or '◦' or '▪' or '‣' or '●' or '*' or '-' or '–')
        {
            markerEnd = i + 1;
        }
        else
        {
            var digits = i;
            while (digits < lineEnd && digits - i < 3 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }
            if (digits == i || digits >= lineEnd || text[digits] is not ('.' or ')'))
            {
                return null;
            }
            markerEnd = digits + 1;
        }
        return markerEnd < lineEnd && TextChars.IsInlineSpace(text[markerEnd]) ? markerEnd + 1 : null;
    }
}
