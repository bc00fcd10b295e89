namespace StaticBriefing.Reading;

/// <summary>
/// Reader comments under an article are a block, not single lines: their handles and texts look
/// like anything (a name, a sentence of prose). The block opens at an opener line (reading.yml's
/// comment_section.openers: "Comments (14)", "Join the discussion") and runs to the last line of
/// comment furniture (comment_section.rows: "Reply · Like · 3", "Sort by: Oldest", "Load more
/// comments") that follows it, with furniture at most max_lines_between_rows non-blank lines apart.
/// The page's footer after the last furniture line is left to the other rules. An opener with no
/// furniture after it (a counter beside the byline) opens nothing.
/// </summary>
public sealed class CommentSection(ReadingRules rules)
{
    public bool[] Mark(string[] texts)
    {
        var marks = new bool[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            if (!IsOpener(texts[i]))
            {
                continue;
            }
            var end = LastFurniture(texts, i);
            if (end > i)
            {
                Array.Fill(marks, true, i, end - i + 1);
                i = end;
            }
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
