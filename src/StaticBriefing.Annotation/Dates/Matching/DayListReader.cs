using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Bare day numbers in a list or range with one written date: "between July 23 and 24" gives
/// "July 23" and "24"; "(24 and 25 July)" gives "24" and "25 July". Each day is its own span.
/// </summary>
internal sealed class DayListReader(ScanContext scan, CalendarReader calendar)
{
    private const int MaxDays = 8;

    /// <summary>Days before a day-first date: "24 and 25 July", "24-25 July".</summary>
    public List<TemporalMatch>? Leading(int i)
    {
        if (scan.Day(i) is null || !scan.In(i + 1, scan.Lexicon.ListJoiners))
        {
            return null;
        }
        var days = new List<int> { i };
        var k = i + 2;
        while (days.Count < MaxDays && scan.Day(k) is not null && scan.In(k + 1, scan.Lexicon.ListJoiners))
        {
            days.Add(k);
            k += 2;
        }
        // A list at the sentence's end ("… 8-") has no date after it to read.
        if (k >= scan.Count || calendar.Read(k, cued: true) is not { Anchor: { DayFirst: true } anchor } last)
        {
            return null;
        }
        var result = new List<TemporalMatch>();
        foreach (var day in days)
        {
            if (Day(day, anchor) is { } match)
            {
                result.Add(match);
            }
        }
        result.Add(last);
        return result;
    }

    /// <summary>Days after a month-first date: "July 23 and 24", "May 16, 17 and 18".</summary>
    /// <remarks>Most dates have no list after them: they share one empty, read-only result.</remarks>
    public IReadOnlyList<TemporalMatch> Following(TemporalMatch date)
    {
        if (date.Anchor is not { DayFirst: false } anchor || date.Mod != TimexMod.None)
        {
            return None;
        }
        List<TemporalMatch>? result = null;
        var k = date.End;
        while ((result?.Count ?? 0) < MaxDays && scan.In(k, scan.Lexicon.ListJoiners) && scan.Day(k + 1) is not null && EndsList(k + 2)
            && (!scan.IsSymbol(k, ',') || scan.In(k + 2, scan.Lexicon.ListJoiners)))
        {
            if (Day(k + 1, anchor) is not { } match)
            {
                break;
            }
            (result ??= []).Add(match);
            k += 2;
        }
        return result ?? None;
    }

    private static readonly IReadOnlyList<TemporalMatch> None = [];

    /// <summary>After a listed day comes punctuation, a joiner or a plain word — not a month, unit or further number.</summary>
    private bool EndsList(int k) =>
        k >= scan.Count || (scan.Month(k) is null && scan.Unit(k) is null && scan.Tokens[k].Kind != Tokens.TokenKind.Number
            && !scan.IsSymbol(k, ':') && !scan.IsSymbol(k, '%'));

    private TemporalMatch? Day(int token, DayAnchor anchor)
    {
        var day = scan.Day(token)!.Value;
        return TimexFormat.IsValidDay(anchor.Year, anchor.Month, day)
            ? new TemporalMatch(token, token + 1, TimexType.Date, TimexFormat.Day(new DateOnly(anchor.Year, anchor.Month, day)), TimexMod.None, anchor)
            : null;
    }
}
