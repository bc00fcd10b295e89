using System.Globalization;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>TIMEX3 value strings: dates, months, ISO weeks and durations, all in the invariant culture.</summary>
internal static class TimexFormat
{
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>The calendar day a value opens with ("2026-12-24", "2026-12-24TEV"), or null.</summary>
    /// <remarks>Read digit by digit: this runs for every day found, and a format parse cost more than the rest of its reading.</remarks>
    public static DateOnly? DayOf(string value)
    {
        if (value.Length < DayLength || value[4] != '-' || value[7] != '-'
            || Digits(value, 0, 4) is not (>= 1 and var year) || Digits(value, 5, 2) is not (>= 1 and <= 12 and var month)
            || Digits(value, 8, 2) is not (>= 1 and var day) || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(string value, int start, int count)
    {
        var number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return -1;
            }
            number = (number * 10) + (value[i] - '0');
        }
        return number;
    }

    /// <summary>How long a day's value is ("2026-12-24").</summary>
    public const int DayLength = 10;

    public static string Week(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(time):D4}-W{ISOWeek.GetWeekOfYear(time):D2}");
    }

    public static string Season(int year, string code) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}");

    public static bool IsValidDay(int year, int month, int day) => day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>"P50D", "PT48H", "P3Y6M" (3.5 years, the half in the data's subunit), "P2DT12H".</summary>
    public static string Duration(decimal amount, TemporalUnit unit)
    {
        var whole = decimal.Floor(amount);
        var part = (amount - whole) * unit.Per;
        var subunitIsTime = unit.Time || unit.Subunit == "H" || unit.Subunit == "S";
        if (part != 0 && part == decimal.Floor(part) && whole > 0)
        {
            var head = (unit.Time ? "PT" : "P") + Number(whole) + unit.Symbol;
            var tail = Number(part) + unit.Subunit;
            return subunitIsTime && !unit.Time ? head + "T" + tail : head + tail;
        }
        if (part != 0 && part == decimal.Floor(part))
        {
            return (subunitIsTime ? "PT" : "P") + Number(part) + unit.Subunit;
        }
        return (unit.Time ? "PT" : "P") + Number(amount) + unit.Symbol;
    }

    public static string VagueDuration(TemporalUnit unit) => (unit.Time ? "PTX" : "PX") + unit.Symbol;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
