using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>Keeps the day the text last named (and the night between two days in a row) for the phrases that count from it.</summary>
internal static class LastNamedDays
{
    /// <summary>
    /// The last of the days just found is what a later "the same day" or "the day before" counts from;
    /// two days in a row ("28–29 December") also name the night between them. A day that is no single
    /// calendar day, or lies in a quotation, changes nothing.
    /// </summary>
    public static void Remember(ScanContext scan, ReadOnlySpan<TemporalMatch> days)
    {
        if (days[^1].RefersBack || DayOf(scan, days[^1]) is not { } last)
        {
            return;
        }
        scan.LastDay = last;
        scan.NightBetween = days.Length >= 2 && DayOf(scan, days[^2]) is { } first && first.AddDays(1) == last ? first : null;
    }

    /// <summary>A single calendar day, exactly (or a part of one: "the afternoon of 29 December"), named outside a quotation.</summary>
    private static DateOnly? DayOf(ScanContext scan, TemporalMatch match) =>
        match.Type == TimexType.Date && !TextRange.Covers(scan.Quotations, scan.Tokens[match.First].Start) && match.Mod == TimexMod.None && (match.Value.Length == TimexFormat.DayLength || (match.Value.Length > TimexFormat.DayLength && match.Value[TimexFormat.DayLength] == 'T'))
            ? TimexFormat.DayOf(match.Value)
            : null;
}
