using System.Globalization;

namespace StaticBriefing.Dating;

/// <summary>
/// The days a date expression can mean, as a range: "end of August 2025" is 21–31 Aug 2025,
/// "since 2014" is open after, "before May" open before. Approximate spans are marked.
/// </summary>
public sealed record DateSpan(DateOnly Start, DateOnly End, bool OpenBefore = false, bool OpenAfter = false, bool Approximate = false)
    : IComparable<DateSpan>
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool IsSingleDay => Start == End && !OpenBefore && !OpenAfter;

    public bool Overlaps(DateSpan other) =>
        (OpenBefore || other.OpenAfter || other.End >= Start) && (OpenAfter || other.OpenBefore || End >= other.Start);

    public string Iso => Start == End
        ? Format(Start, "yyyy-MM-dd")
        : $"{Format(Start, "yyyy-MM-dd")}/{Format(End, "yyyy-MM-dd")}";

    /// <summary>A short reader's label: "23 Jul 2025", "Jul 2025", "21–31 Aug 2025", "from 2014".</summary>
    public string Label
    {
        get
        {
            var range = RangeLabel();
            var bounded = OpenAfter ? $"from {range}" : OpenBefore ? $"before {range}" : range;
            return Approximate ? $"about {bounded}" : bounded;
        }
    }

    public int CompareTo(DateSpan? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    private string RangeLabel()
    {
        if (Start == End)
        {
            return Format(Start, "d MMM yyyy");
        }
        var wholeMonths = Start.Day == 1 && End.AddDays(1).Day == 1;
        if (wholeMonths && Start.Month == 1 && End.Month == 12 && Start.Year == End.Year)
        {
            return Format(Start, "yyyy");
        }
        if (wholeMonths)
        {
            return Start.Year == End.Year && Start.Month == End.Month
                ? Format(Start, "MMM yyyy")
                : $"{Format(Start, "MMM yyyy")} – {Format(End, "MMM yyyy")}";
        }
        if (Start.Year == End.Year && Start.Month == End.Month)
        {
            return $"{Start.Day.ToString(CultureInfo.InvariantCulture)}–{Format(End, "d MMM yyyy")}";
        }
        return Start.Year == End.Year
            ? $"{Format(Start, "d MMM")} – {Format(End, "d MMM yyyy")}"
            : $"{Format(Start, "d MMM yyyy")} – {Format(End, "d MMM yyyy")}";
    }

    private static string Format(DateOnly date, string pattern) => date.ToString(pattern, CultureInfo.InvariantCulture);
}
