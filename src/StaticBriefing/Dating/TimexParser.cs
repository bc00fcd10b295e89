using System.Globalization;

namespace StaticBriefing.Dating;

/// <summary>
/// The whole span of days a TIMEX3 date value names, before any mod: "2025-07-23", "2025-07-21TNI"
/// (a part of day narrows nothing shown), "2025-W30", "2025-08", "2025", "2022-08/2022-09".
/// Strict about digits so a malformed value is rejected, not guessed at.
/// </summary>
public static class TimexParser
{
    public static bool TryParse(string value, out DateSpan span, out TimexPrecision precision)
    {
        span = new DateSpan(DateOnly.MinValue, DateOnly.MinValue);
        precision = TimexPrecision.Interval;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (!TryParse(value[..slash], out var first, out _) || !TryParse(value[(slash + 1)..], out var last, out _) || last.End < first.Start)
            {
                return false;
            }
            span = new DateSpan(first.Start, last.End);
            return true;
        }
        if (value.IndexOf('T', StringComparison.Ordinal) == 10)
        {
            value = value[..10];
        }
        var parts = value.Split('-');
        if (parts.Length > 3 || Number(parts[0], 4, 1, 9999) is not { } year)
        {
            return false;
        }
        if (parts.Length == 1)
        {
            (span, precision) = (new DateSpan(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), TimexPrecision.Year);
            return true;
        }
        if (parts.Length == 2 && parts[1].StartsWith('W'))
        {
            if (Number(parts[1][1..], 2, 1, ISOWeek.GetWeeksInYear(year)) is not { } week)
            {
                return false;
            }
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            (span, precision) = (new DateSpan(monday, monday.AddDays(6)), TimexPrecision.Week);
            return true;
        }
        if (Number(parts[1], 2, 1, 12) is not { } month)
        {
            return false;
        }
        if (parts.Length == 2)
        {
            (span, precision) = (new DateSpan(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))), TimexPrecision.Month);
            return true;
        }
        if (Number(parts[2], 2, 1, DateTime.DaysInMonth(year, month)) is not { } day)
        {
            return false;
        }
        (span, precision) = (new DateSpan(new DateOnly(year, month, day), new DateOnly(year, month, day)), TimexPrecision.Day);
        return true;
    }

    private static int? Number(string text, int digits, int min, int max) =>
        text.Length == digits && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : null;
}
