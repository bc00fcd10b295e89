using System.Text;

namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Escapes article text so Markdown reads it literally. Everywhere: backslash, backtick, '*', '_',
/// '[', ']', '&lt;' and an '&amp;' that could start an entity. At the start of a line also the
/// characters that would open a block there: '#', '&gt;', '-', '+', '=', '~', '|', ':' and the
/// '.' or ')' of "1." / "1)".
/// </summary>
public static class MarkdownEscaper
{
    public static void Append(StringBuilder output, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var atLineStart = output.Length == 0 || output[^1] == '\n';
            if (atLineStart && c is '#' or '>' or '-' or '+' or '=' or '~' or '|' or ':')
            {
                output.Append('\\').Append(c);
                continue;
            }
            if (atLineStart && char.IsAsciiDigit(c))
            {
                i = AppendListNumber(output, text, i, end);
                continue;
            }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<'
                || c == '&' && i + 1 < end && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#'))
            {
                output.Append('\\');
            }
            output.Append(c);
        }
    }

    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        Append(output, text, 0, text.Length);
        return output.ToString();
    }

    /// <summary>Copies a run of digits; a following '.' or ')' would make an ordered list item, so it is escaped.</summary>
    private static int AppendListNumber(StringBuilder output, string text, int i, int end)
    {
        var digitsEnd = i;
        while (digitsEnd < end && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }
        output.Append(text, i, digitsEnd - i);
        if (digitsEnd < end && text[digitsEnd] is '.' or ')')
        {
            output.Append('\\').Append(text[digitsEnd]);
            return digitsEnd;
        }
        return digitsEnd - 1;
    }
}
