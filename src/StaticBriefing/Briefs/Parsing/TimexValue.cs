using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Checks a TIMEX3-style value against its type. DATE: YYYY, YYYY-MM, YYYY-MM-DD (a real day),
/// optionally with a part of day (TMO, TAF, TEV, TNI), YYYY-Www, YYYY-Qn / -Hn / season (SP, SU, FA, WI),
/// an interval "A/B" of two such dates, or PRESENT_REF, PAST_REF, FUTURE_REF.
/// DURATION: P with number-or-X units (P50D, PT48H, P3Y6M, PXM).
/// </summary>
public static class TimexValue
{
    private static readonly string[] References = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"];
    private static readonly string[] PartsOfDay = ["MO", "AF", "EV", "NI"];
    private static readonly string[] Periods = ["SP", "SU", "FA", "WI", "Q1", "Q2", "Q3", "Q4", "H1", "H2"];

    public static bool IsValid(TimexType type, string value) => type == TimexType.Duration
        ? IsDuration(value)
        : References.Contains(value) || IsDate(value) || IsInterval(value);

    private static bool IsInterval(string value)
    {
        var slash = value.IndexOf('/');
        return slash > 0 && IsDate(value[..slash]) && IsDate(value[(slash + 1)..]);
    }

    private static bool IsDate(string value)
    {
        var time = value.IndexOf('T');
        if (time >= 0)
        {
            return time == 10 && PartsOfDay.Contains(value[(time + 1)..]) && IsDate(value[..time]);
        }
        var parts = value.Split('-');
        if (parts[0].Length != 4 || !parts[0].All(char.IsAsciiDigit) || parts.Length > 3)
        {
            return false;
        }
        if (parts.Length == 1)
        {
            return true;
        }
        if (parts.Length == 2 && (Periods.Contains(parts[1]) || IsWeek(parts[1])))
        {
            return true;
        }
        return ReferenceDate.TryParse(value, out _) && parts.Skip(1).All(p => p.Length == 2);
    }

    private static bool IsWeek(string part) =>
        part.Length == 3 && part[0] == 'W' && part[1..].All(char.IsAsciiDigit) && int.Parse(part[1..], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 53;

    private static bool IsDuration(string value)
    {
        if (value.Length < 3 || value[0] != 'P')
        {
            return false;
        }
        var inTime = false;
        var units = 0;
        var i = 1;
        while (i < value.Length)
        {
            if (value[i] == 'T' && !inTime)
            {
                inTime = true;
                i++;
                continue;
            }
            var start = i;
            if (value[i] == 'X')
            {
                i++;
            }
            else
            {
                while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] == '.' && i > start))
                {
                    i++;
                }
            }
            if (i == start || i >= value.Length || !(inTime ? "HMS" : "YMWD").Contains(value[i]))
            {
                return false;
            }
            units++;
            i++;
        }
        return units > 0;
    }
}
