using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticBriefing.Evaluation;

/// <summary>
/// TIMEX3 values that name the same length: "P1DE" (one decade) is "P10Y", "P1CE" is "P100Y",
/// "P1ML" is "P1000Y". Only exact year multiples are folded; "P12M" and "P1Y" stay different,
/// as TIMEX3 keeps the granularity the text chose.
/// </summary>
public static partial class TimexEquivalence
{
    public static bool Same(string? a, string? b) => a == b || (a is not null && b is not null && Canonical(a) == Canonical(b));

    /// <summary>A plain "P{n}DE/CE/ML" duration in years; anything else unchanged.</summary>
    public static string Canonical(string value)
    {
        var match = LongUnits().Match(value);
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count))
        {
            return value;
        }
        var years = count * match.Groups[2].Value switch { "DE" => 10, "CE" => 100, _ => 1000 };
        return years == decimal.Floor(years) ? string.Create(CultureInfo.InvariantCulture, $"P{years:0}Y") : value;
    }

    [GeneratedRegex(@"^P(\d{1,6}(?:\.\d{1,3})?)(DE|CE|ML)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongUnits();
}
