using System.Text;

namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Writes the body: each sentence as <c>[…]{#s-xxxxxx}</c>, the kept spans nested inside it,
/// sentences of a paragraph on one line unless the text broke the line, blank lines between paragraphs.
/// The headline's sentences (the text up to <c>headlineEnd</c>) make the first line, a level-one heading.
/// </summary>
public static class BodyWriter
{
    public static void Write(StringBuilder output, string text, BriefLayout layout, int headlineEnd = 0)
    {
        var spansByUnit = layout.BodySpans.ToLookup(s => s.Unit);
        for (var u = 0; u < layout.Units.Count; u++)
        {
            var unit = layout.Units[u];
            if (u > 0)
            {
                output.Append(Separator(text, layout.Units[u - 1].End, unit.Start));
            }
            else if (unit.End <= headlineEnd)
            {
                output.Append("# ");
            }
            output.Append('[');
            WriteUnit(output, text, unit, spansByUnit[u]);
            output.Append("]{#").Append(unit.Anchor).Append('}');
        }
        output.Append('\n');
    }

    private static string Separator(string text, int start, int end) =>
        ParagraphBreak.Contains(text, start, end) ? "\n\n"
        : text.AsSpan(start, end - start).ContainsAny('\n', '\r') ? "\n"
        : end > start ? " " : "";

    private static void WriteUnit(StringBuilder output, string text, TextUnit unit, IEnumerable<WriterSpan> spans)
    {
        var position = unit.Start;
        var open = new Stack<WriterSpan>();
        foreach (var span in spans)
        {
            while (open.Count > 0 && open.Peek().End <= span.Start)
            {
                position = Close(output, text, position, open.Pop());
            }
            AppendText(output, text, position, span.Start);
            output.Append('[');
            open.Push(span);
            position = span.Start;
        }
        while (open.Count > 0)
        {
            position = Close(output, text, position, open.Pop());
        }
        AppendText(output, text, position, unit.End);
    }

    private static int Close(StringBuilder output, string text, int position, WriterSpan span)
    {
        AppendText(output, text, position, span.End);
        output.Append(']').Append(span.Attributes);
        return span.End;
    }

    /// <summary>Escaped text; a whitespace run holding a line break becomes one '\n' (no blank line, no indentation inside a sentence).</summary>
    private static void AppendText(StringBuilder output, string text, int start, int end)
    {
        var segmentStart = start;
        var i = start;
        while (i < end)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var runStart = i;
            var hasBreak = false;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                hasBreak |= text[i] is '\n' or '\r';
                i++;
            }
            if (hasBreak)
            {
                MarkdownEscaper.Append(output, text, segmentStart, runStart);
                output.Append('\n');
                segmentStart = i;
            }
        }
        MarkdownEscaper.Append(output, text, segmentStart, end);
    }
}
