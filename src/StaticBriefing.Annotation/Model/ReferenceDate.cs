using System.Globalization;

namespace StaticBriefing.Annotation.Model;

/// <summary>
/// The date relative expressions are resolved against: a publication date, possibly known only
/// to the month ("2025-08") or year.
/// </summary>
public sealed record ReferenceDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>
    /// Years a publication date may have: relative expressions ("next year", "in two centuries") are
    /// resolved by calendar arithmetic, which must stay inside the calendar (years 1 to 9999).
    /// </summary>
    public const int EarliestYear = 1000, LatestYear = 9000;

    public static ReferenceDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The best single day to compute with: the first of the month when only a month is known.</summary>
    public DateOnly Anchor => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>TIMEX3 form: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public override string ToString() => Day is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : Year.ToString("D4", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out ReferenceDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
        {
            return false;
        }
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        if (numbers[0] is < EarliestYear or > LatestYear || (numbers.Length > 1 && numbers[1] is < 1 or > 12))
        {
            return false;
        }
        if (numbers.Length > 2 && (numbers[2] < 1 || numbers[2] > DateTime.DaysInMonth(numbers[0], numbers[1])))
        {
            return false;
        }
        date = new ReferenceDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        return true;
    }
}
