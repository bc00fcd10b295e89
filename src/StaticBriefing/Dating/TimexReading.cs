using System.Globalization;
using System.Text;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Dating;

/// <summary>
/// How a brief's side panel reads a TIMEX3 value: a date as its range of days ("22–31 Aug 2025"),
/// a duration in words ("P3Y6M" → "3 years 6 months"), references as "now", "the past", "the future".
/// </summary>
public static class TimexReading
{
    private static readonly (char Unit, string Singular, string Plural)[] DateUnits = [('Y', "year", "years"), ('M', "month", "months"), ('W', "week", "weeks"), ('D', "day", "days")];
    private static readonly (char Unit, string Singular, string Plural)[] TimeUnits = [('H', "hour", "hours"), ('M', "minute", "minutes"), ('S', "second", "seconds")];

    public static string Describe(string value, TimexType type, TimexMod mod)
    {
        var reading = value switch
        {
            "PRESENT_REF" => "now",
            "PAST_REF" => "the past",
            "FUTURE_REF" => "the future",
            _ when type == TimexType.Duration => Duration(value),
            _ => TimexDate.Read(value, type, mod)?.Label,
        };
        return reading ?? value;
    }

    /// <summary>"P3M" → "3 months", "PT48H" → "48 hours", "PXM" → "months"; null when not a duration.</summary>
    private static string? Duration(string value)
    {
        if (!value.StartsWith('P') || value.Length < 3)
        {
            return null;
        }
        var parts = new List<string>();
        var inTime = false;
        var number = new StringBuilder();
        foreach (var character in value[1..])
        {
            if (character == 'T')
            {
                inTime = true;
            }
            else if (char.IsAsciiDigit(character) || character is 'X' or '.')
            {
                number.Append(character);
            }
            else
            {
                var unit = (inTime ? TimeUnits : DateUnits).FirstOrDefault(known => known.Unit == character);
                if (unit.Unit == default || number.Length == 0)
                {
                    return null;
                }
                var text = number.ToString();
                parts.Add(text.Contains('X', StringComparison.Ordinal) ? unit.Plural
                    : decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == 1 ? $"1 {unit.Singular}" : $"{text} {unit.Plural}");
                number.Clear();
            }
        }
        return parts.Count == 0 || number.Length > 0 ? null : string.Join(' ', parts);
    }
}
