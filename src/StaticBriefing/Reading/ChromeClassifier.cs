using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Marks each line of a page as chrome or content by the families in input/reading.yml: chrome
/// lines, short prompts, date-only lines, CMS widget blocks, tail markers (everything after "Read
/// also" once the body has begun) and lines printed twice in a row (image alt text + caption).
/// </summary>
public sealed class ChromeClassifier(ReadingRules rules, DateProbe dates)
{
    private const int DateLineMaxChars = 60;
    private static readonly ReferenceDate AnyReference = new(2000, 1, 1);

    public IReadOnlyList<PageLine> Classify(IReadOnlyList<string> lines)
    {
        var widget = WidgetBlocks(lines);
        var result = new List<PageLine>(lines.Count);
        var bodyStarted = false;
        var tail = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            var dateOnly = IsDateLine(text);
            var chrome = text.Length > 0 && (tail || widget[i] || dateOnly || IsChromeLine(text) || IsRepeat(lines, i));
            if (!chrome && text.Length > 0 && rules.TailMarkers.AnyMatch(text))
            {
                chrome = true;
                tail = bodyStarted;
            }
            bodyStarted |= !chrome && TextShape.IsProse(text);
            result.Add(new PageLine(i + 1, lines[i], chrome, dateOnly, widget[i]));
        }
        return result;
    }

    private bool IsChromeLine(string text) =>
        rules.ChromeLines.AnyMatch(text)
        || (TextShape.WordCount(text) <= rules.ShortLineWords && rules.ChromePrompts.AnyMatch(text));

    private bool IsDateLine(string text)
    {
        var core = text.TrimStart(rules.DateLineBullets.ToCharArray()).Trim();
        return core.Length is > 0 and <= DateLineMaxChars && dates.IsOnlyDates(core, AnyReference);
    }

    /// <summary>
    /// A line equal to its neighbour: the second copy is a duplicate; both are chrome when the
    /// line is a short unpunctuated one (an image's alt text and caption, a teaser of another story).
    /// </summary>
    private bool IsRepeat(IReadOnlyList<string> lines, int i)
    {
        var text = lines[i].Trim();
        var sameAsPrevious = i > 0 && lines[i - 1].Trim() == text;
        var sameAsNext = i + 1 < lines.Count && lines[i + 1].Trim() == text;
        return sameAsPrevious || (sameAsNext && !TextShape.EndsSentence(text) && TextShape.WordCount(text) <= rules.TitleMaxWords);
    }

    /// <summary>Blocks of consecutive short non-blank lines containing a widget line ("• Writer: …", "3 min read").</summary>
    private bool[] WidgetBlocks(IReadOnlyList<string> lines)
    {
        var marks = new bool[lines.Count];
        var start = 0;
        while (start < lines.Count)
        {
            if (lines[start].Trim().Length == 0)
            {
                start++;
                continue;
            }
            var end = start;
            while (end < lines.Count && lines[end].Trim().Length > 0)
            {
                end++;
            }
            var block = Enumerable.Range(start, end - start).Select(j => lines[j].Trim()).ToList();
            if (block.Any(rules.WidgetLines.AnyMatch) && block.All(l => l.Length <= rules.WidgetBlockMaxChars))
            {
                Array.Fill(marks, true, start, end - start);
            }
            start = end;
        }
        return marks;
    }
}
