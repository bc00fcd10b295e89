using System.Globalization;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>An inclusive span of days. A precise date is a one-day range; "end of August" is 21–31 August.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End)
{
    public bool IsSingleDay => Start == End;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>"23 July 2025", "21–31 August 2025", "30 June – 6 July 2025", "1 January 2014 – 31 December 2015".</summary>
    public string Format()
    {
        if (IsSingleDay)
        {
            return Day(Start, "d MMMM yyyy");
        }
        if (Start.Year != End.Year)
        {
            return $"{Day(Start, "d MMMM yyyy")} – {Day(End, "d MMMM yyyy")}";
        }
        return Start.Month == End.Month
            ? $"{Day(Start, "%d")}–{Day(End, "d MMMM yyyy")}"
            : $"{Day(Start, "d MMMM")} – {Day(End, "d MMMM yyyy")}";
    }

    private static string Day(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
