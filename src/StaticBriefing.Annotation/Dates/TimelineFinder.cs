using StaticBriefing.Annotation.Dates.Matching;
using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// Finds dated timelines: runs of at least the data's number of lines that each open with a date
/// and a separator ("Dec. 28 - Trump hosts …", "• Mid-January: strikes …"), blank lines between them
/// allowed. Such a list runs up to its publication date, so its present tense is historic.
/// </summary>
internal sealed class TimelineFinder(TemporalLexicon lexicon)
{
    /// <summary>Only a line's head is read: a date and its separator come first, and a huge line costs no more than a short one.</summary>
    private const int HeadLength = 120;

    /// <summary>Enough characters for a bullet and a first word.</summary>
    private const int GlanceLength = 24;

    public List<TimelineLine> Find(string text, ReferenceDate published)
    {
        var lines = new List<TimelineLine>();
        if (lexicon.TimelineMinLines == 0)
        {
            return lines;
        }
        var scanner = new TemporalScanner(new ScanContext(lexicon));
        var run = new List<TimelineLine>();
        foreach (var (start, end) in TextLines.Of(text).Where(line => !text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace()))
        {
            if (OpeningDateEnd(scanner, text, start, end, published) is { } dateEnd)
            {
                run.Add(new TimelineLine(start, end, dateEnd, false));
            }
            else
            {
                Close(run, lines);
            }
        }
        Close(run, lines);
        return lines;
    }

    private void Close(List<TimelineLine> run, List<TimelineLine> lines)
    {
        if (run.Count >= lexicon.TimelineMinLines)
        {
            lines.AddRange(run.Take(run.Count - 1));
            lines.Add(run[^1] with { Last = true });
        }
        run.Clear();
    }

    /// <summary>Where the line's opening date ends: bullets may come first, then a date (a weekday before it allowed), then a separator.</summary>
    private int? OpeningDateEnd(TemporalScanner scanner, string text, int start, int end, ReferenceDate published)
    {
        var scan = scanner.Context;
        // Most lines are prose whose first word starts no date: a few characters tell, before the head is read.
        var glance = Math.Min(end, start + GlanceLength);
        scan.Load(text, start, glance, _ => published);
        var first = FirstWord(scan);
        if (first < scan.Count && scan.Tokens[first].End < glance && !CanStart(scan, first))
        {
            return null;
        }
        scan.Load(text, start, Math.Min(end, start + HeadLength), _ => published);
        first = FirstWord(scan);
        if (first >= scan.Count || !CanStart(scan, first))
        {
            return null;
        }
        // Only an expression at the line's first word counts, so the rest of the head is not read.
        var found = scanner.Scan(lastStart: first);
        return found.Count > 0 && found[0].First == first && found[0].Type == TimexType.Date
            && found[0].End < scan.Count && scan.In(found[0].End, lexicon.TimelineSeparators)
            ? scan.Tokens[found[0].End - 1].End
            : null;
    }

    /// <summary>The first token after any bullets and other symbols.</summary>
    private static int FirstWord(ScanContext scan)
    {
        var first = 0;
        while (first < scan.Count && scan.Tokens[first].Kind == TokenKind.Symbol)
        {
            first++;
        }
        return first;
    }

    private bool CanStart(ScanContext scan, int token) =>
        scan.Tokens[token].Kind != TokenKind.Word || lexicon.CanStart(scan.Tokens[token].WordId);
}
