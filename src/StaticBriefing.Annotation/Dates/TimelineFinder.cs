using System.Globalization;
using StaticBriefing.Annotation.Dates.Matching;
using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// Finds dated timelines: runs of at least the data's number of lines that each open with a date
/// and a separator ("Dec. 28 - Trump hosts …", "• Mid-January: strikes …"), blank lines between them
/// allowed. Such a list runs up to its publication date, so its present tense is historic; but a
/// run whose opening dates lie after the publication date, none before it, is an agenda ("Calendar" of a
/// research note: "7-8 July: summit"; a diary's "Late April: …" in April), read as written, not as history.
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
        var context = new ScanContext(lexicon);
        var scanner = new TemporalScanner(context);
        Func<int, ReferenceDate> reference = _ => published;
        var run = new List<TimelineLine>();
        var (ahead, after) = (true, false);
        foreach (var (start, end) in TextLines.Of(text).Where(line => !text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace()))
        {
            if (OpeningDate(scanner, text, start, end, reference) is var (dateEnd, value))
            {
                run.Add(new TimelineLine(start, end, dateEnd, false));
                ahead &= !IsBefore(value, published);
                after |= IsAfter(value, published);
            }
            else
            {
                Close(run, lines, ahead && after);
                (ahead, after) = (true, false);
            }
        }
        Close(run, lines, ahead && after);
        context.Release();
        return lines;
    }

    private void Close(List<TimelineLine> run, List<TimelineLine> lines, bool agenda)
    {
        if (run.Count >= lexicon.TimelineMinLines && !agenda)
        {
            lines.AddRange(run.Take(run.Count - 1));
            lines.Add(run[^1] with { Last = true });
        }
        run.Clear();
    }

    /// <summary>
    /// Whether a value read without the timeline ("2026-07-07", "2026-07") lies after the publication
    /// date, at the value's own precision; a value without a month or day (a season, a year) does not.
    /// </summary>
    private static bool IsAfter(string value, ReferenceDate published) =>
        Compare(value, published) is > 0;

    /// <summary>The value against the publication date at the value's precision: 0 when it holds it; null without a month.</summary>
    private static int? Compare(string value, ReferenceDate published)
    {
        if (published.Month is not { } month || value.Length < 7 || value[4] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var valueMonth))
        {
            return null;
        }
        var day = value.Length >= 10 && value[7] == '-' && published.Day is not null
            && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        var order = (year, valueMonth).CompareTo((published.Year, month));
        return order != 0 || day is not { } d2 || published.Day is not { } p ? order : d2.CompareTo(p);
    }

    /// <summary>Whether a value lies before the publication date at its own precision ("2026-07" in July 2026 does not).</summary>
    private static bool IsBefore(string value, ReferenceDate published) =>
        Compare(value, published) is < 0;

    /// <summary>Where the line's opening date ends and its value: bullets may come first, then a date (a weekday before it allowed), then a separator.</summary>
    /// <param name="reference">The publication date for every token (one delegate for all lines).</param>
    private (int End, string Value)? OpeningDate(TemporalScanner scanner, string text, int start, int end, Func<int, ReferenceDate> reference)
    {
        var scan = scanner.Context;
        // Most lines are prose whose first word starts no date: a few characters tell, before the head is read.
        var glance = Math.Min(end, start + GlanceLength);
        scan.Load(text, start, glance, reference);
        var first = FirstWord(scan);
        if (first < scan.Count && scan.Tokens[first].End < glance && !CanStart(scan, first))
        {
            return null;
        }
        scan.Load(text, start, Math.Min(end, start + HeadLength), reference);
        first = FirstWord(scan);
        if (first >= scan.Count || !CanStart(scan, first))
        {
            return null;
        }
        // Only an expression at the line's first word counts, so the rest of the head is not read.
        var found = scanner.Scan(lastStart: first);
        if (found.Count == 0 || found[0].First != first || found[0].Type != TimexType.Date
            || found[0].End >= scan.Count || !scan.In(found[0].End, lexicon.TimelineSeparators))
        {
            return null;
        }
        var dateEnd = scan.Tokens[found[0].End - 1].End;
        // Kept before the next scan, which refills the scanner's list.
        var inLine = found[0].Value;
        // The date read alone, in the publication year: the entry's verb ("opens") must not move it a year.
        scan.Load(text, start, dateEnd, reference);
        var alone = scanner.Scan(lastStart: FirstWord(scan));
        return (dateEnd, alone.Count > 0 ? alone[0].Value : inLine);
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
