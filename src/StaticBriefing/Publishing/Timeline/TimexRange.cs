using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// Turns a TIMEX3 date value (2025-07-23, 2025-07-21TNI, 2025-W30, 2025-08, 2025, 2022-08/2022-09)
/// and its mod into the days it covers. START/MID/END narrow a week-or-longer span to its first,
/// middle or last third; APPROX, BEFORE and AFTER keep the span (the label says "about", "before", "after").
/// Durations and PRESENT_REF-style values have no place on a calendar and are not parsed.
/// </summary>
public static class TimexRange
{
    /// <summary>The whole span a value names, before any mod narrows it.</summary>
    public static bool TryParse(string value, out DateRange range, out TimexPrecision precision) =>
        TryParseBase(value.Trim(), out range, out precision);

    private static bool TryParseBase(string value, out DateRange range, out TimexPrecision precision)
    {
        range = new DateRange(DateOnly.MinValue, DateOnly.MinValue);
        precision = TimexPrecision.Interval;
        var slash = value.IndexOf('/');
        if (slash > 0)
        {
            if (!TryParseBase(value[..slash], out var first, out _) || !TryParseBase(value[(slash + 1)..], out var last, out _)
                || last.End < first.Start)
            {
                return false;
            }
            range = new DateRange(first.Start, last.End);
            return true;
        }
        var time = value.IndexOf('T');
        if (time == 10)
        {
            value = value[..10]; // "2025-07-21TNI": the part of day does not change the day
        }
        var parts = value.Split('-');
        if (parts.Length == 2 && parts[1].Length == 3 && parts[1][0] == 'W' && Number(parts[0], 4) is { } weekYear
            && Number(parts[1][1..], 2) is { } week && week >= 1 && week <= ISOWeek.GetWeeksInYear(weekYear))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
            (range, precision) = (new DateRange(monday, monday.AddDays(6)), TimexPrecision.Week);
            return true;
        }
        if (!ReferenceDate.TryParse(value, out var date) || date is null || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }
        (range, precision) = date switch
        {
            { Day: not null } => (new DateRange(date.Anchor, date.Anchor), TimexPrecision.Day),
            { Month: not null } => (new DateRange(date.Anchor, date.Anchor.AddMonths(1).AddDays(-1)), TimexPrecision.Month),
            _ => (new DateRange(date.Anchor, new DateOnly(date.Year, 12, 31)), TimexPrecision.Year),
        };
        return true;
    }

    private static int? Number(string text, int digits) =>
        text.Length == digits && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The part of the span a mod points at; a single day is never narrowed.</summary>
    public static DateRange Narrow(DateRange whole, TimexPrecision precision, TimexMod mod)
    {
        if (precision == TimexPrecision.Day)
        {
            return whole;
        }
        var third = whole.Days / 3;
        return mod switch
        {
            TimexMod.Start => new DateRange(whole.Start, whole.Start.AddDays(third - 1)),
            TimexMod.Mid => new DateRange(whole.Start.AddDays(third), whole.Start.AddDays((2 * third) - 1)),
            TimexMod.End => new DateRange(whole.Start.AddDays(2 * third), whole.End),
            _ => whole,
        };
    }
}
