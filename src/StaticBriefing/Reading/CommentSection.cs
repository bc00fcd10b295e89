namespace StaticBriefing.Reading;

/// <summary>
/// Reader comments under an article are a block, not single lines: their handles and texts look
/// like anything (a name, a sentence of prose). The block opens at an opener line (reading.yml's
/// comment_section.openers: "Comments (14)", "Join the discussion") after the body's first
/// paragraph and runs to the last line of comment furniture (comment_section.rows: "Reply · Like ·
/// 3", "Sort by: Oldest", "Load more comments") that follows it, with furniture at most
/// max_lines_between_rows non-blank lines apart (a handle and a comment or two). Only furniture may
/// follow the block: comments close the page, before its footer. An opener without furniture after
/// it (a counter beside the byline, a newsletter's "Comment" button) opens nothing.
/// </summary>
public sealed class CommentSection(ReadingRules rules)
{
    /// <param name="isChromeLine">Whether a line is chrome on its own (footer lines after the comments).</param>
    public bool[] Mark(string[] texts, Func<string, bool> isChromeLine)
    {
        var marks = new bool[texts.Length];
        bool IsArticleProse(int i) => TextShape.IsProse(texts[i]) && !isChromeLine(texts[i]);
        var proseAfter = new bool[texts.Length + 1];
        for (var i = texts.Length - 1; i >= 0; i--)
        {
            proseAfter[i] = proseAfter[i + 1] || IsArticleProse(i);
        }
        var bodyStarted = false;
        for (var i = 0; i < texts.Length; i++)
        {
            if (bodyStarted && IsOpener(texts[i]) && LastFurniture(texts, i) is var end && end > i)
            {
                if (!proseAfter[end + 1])
                {
                    Array.Fill(marks, true, i, end - i + 1);
                    break;
                }
                // An opener further down the same run of furniture reaches the same end: skip it (linear time).
                i = end;
                continue;
            }
            bodyStarted |= IsArticleProse(i);
        }
        return marks;
    }

    private int LastFurniture(string[] texts, int opener)
    {
        var last = opener;
        var gap = 0;
        for (var k = opener + 1; k < texts.Length && gap <= rules.CommentMaxLinesBetweenRows; k++)
        {
            if (texts[k].Length == 0)
            {
                continue;
            }
            if (IsRow(texts[k]))
            {
                (last, gap) = (k, 0);
            }
            else
            {
                gap++;
            }
        }
        return last;
    }

    private bool IsOpener(string text) => text.Length > 0 && text.Length <= rules.ChromeLineMaxChars && rules.CommentOpeners.AnyMatch(text);

    private bool IsRow(string text) => text.Length <= rules.ChromeLineMaxChars && rules.CommentRows.AnyMatch(text);
}
