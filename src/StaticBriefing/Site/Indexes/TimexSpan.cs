using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Turns a TIMEX3 value and modifier into the days it covers: "2025-07-23", "2025-08" (+END:
/// the last third of August), "2025-W30", "2022", "2022-08/2022-09", "2025-07-21TNI". References
/// such as PRESENT_REF and durations have no place on a timeline and give null.
/// </summary>
public static class TimexSpan
{
    public static DateSpan? From(string value, TimexType type, TimexMod mod)
    {
        if (type != TimexType.Date)
        {
            return null;
        }
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var span = slash > 0
            ? Join(Parse(value[..slash]), Parse(value[(slash + 1)..]))
            : Parse(value);
        return span is null ? null : Modify(span, mod);
    }

    private static DateSpan? Join(DateSpan? first, DateSpan? last) =>
        first is null || last is null || last.End < first.Start ? null : new DateSpan(first.Start, last.End);

    private static DateSpan? Parse(string value)
    {
        var time = value.IndexOf('T', StringComparison.Ordinal);
        var date = time > 0 ? value[..time] : value; // a part of day ("TNI") narrows nothing we show
        var parts = date.Split('-');
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }
        if (parts.Length == 1)
        {
            return new DateSpan(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        if (parts.Length == 2 && parts[1].StartsWith('W') && Number(parts[1][1..], 1, ISOWeek.GetWeeksInYear(year)) is { } week)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return new DateSpan(monday, monday.AddDays(6));
        }
        if (Number(parts[1], 1, 12) is not { } month)
        {
            return null;
        }
        if (parts.Length == 2)
        {
            return new DateSpan(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }
        return parts.Length == 3 && Number(parts[2], 1, DateTime.DaysInMonth(year, month)) is { } day
            ? new DateSpan(new DateOnly(year, month, day), new DateOnly(year, month, day))
            : null;
    }

    private static int? Number(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max ? number : null;

    /// <summary>START/MID/END take the first, middle and last third of the span.</summary>
    private static DateSpan Modify(DateSpan span, TimexMod mod)
    {
        var days = span.End.DayNumber - span.Start.DayNumber + 1;
        var third = days / 3;
        return mod switch
        {
            TimexMod.Start when days >= 3 => span with { End = span.Start.AddDays(third - 1) },
            TimexMod.Mid when days >= 3 => span with { Start = span.Start.AddDays(third), End = span.End.AddDays(-third) },
            TimexMod.End when days >= 3 => span with { Start = span.End.AddDays(-third + 1) },
            TimexMod.Before => span with { OpenBefore = true },
            TimexMod.After => span with { OpenAfter = true },
            TimexMod.Approx => span with { Approximate = true },
            _ => span,
        };
    }
}
