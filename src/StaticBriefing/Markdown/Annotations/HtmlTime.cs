namespace StaticBriefing.Markdown.Annotations;

/// <summary>
/// Which TIMEX values are also valid HTML <c>&lt;time datetime&gt;</c> values: a year, month, day
/// or week, and durations in days, hours, minutes, seconds. Others (PRESENT_REF, P3Y6M, parts of
/// day, intervals) are rendered without a datetime attribute.
/// </summary>
public static class HtmlTime
{
    public static bool IsValidDatetime(string value)
    {
        if (value.Length > 0 && value[0] == 'P')
        {
            return IsDuration(value);
        }
        var parts = value.Split('-');
        return parts[0].Length == 4 && parts[0].All(char.IsAsciiDigit) && parts.Length switch
        {
            1 => true,
            2 => parts[1].Length == 2 && parts[1].All(char.IsAsciiDigit)
                || parts[1].Length == 3 && parts[1][0] == 'W' && parts[1][1..].All(char.IsAsciiDigit),
            3 => parts[1].Length == 2 && parts[2].Length == 2 && parts[1].All(char.IsAsciiDigit) && parts[2].All(char.IsAsciiDigit),
            _ => false,
        };
    }

    private static bool IsDuration(string value)
    {
        var units = "D";
        var seen = 0;
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == 'T' && units == "D")
            {
                units = "HMS";
                continue;
            }
            var start = i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }
            if (i == start || i >= value.Length || !units.Contains(value[i]))
            {
                return false;
            }
            seen++;
        }
        return seen > 0;
    }
}
