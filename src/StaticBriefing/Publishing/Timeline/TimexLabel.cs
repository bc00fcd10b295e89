using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// A reader's name for a date: "23 July 2025", "late August 2025", "week 30 of 2025", "after 2014",
/// "about June 2025". Month names come from the invariant culture (English), not from article data.
/// </summary>
public static class TimexLabel
{
    public static string Format(DateRange whole, DateRange narrowed, TimexPrecision precision, TimexMod mod)
    {
        var name = precision switch
        {
            TimexPrecision.Day => narrowed.Format(),
            TimexPrecision.Week => string.Create(CultureInfo.InvariantCulture, $"week {ISOWeek.GetWeekOfYear(whole.Start.ToDateTime(TimeOnly.MinValue))} of {ISOWeek.GetYear(whole.Start.ToDateTime(TimeOnly.MinValue))}"),
            TimexPrecision.Month => whole.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            TimexPrecision.Year => whole.Start.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => whole.Format(),
        };
        if (precision == TimexPrecision.Day)
        {
            return Qualify(name, mod);
        }
        return mod switch
        {
            TimexMod.Start => "early " + name,
            TimexMod.Mid => "mid-" + name,
            TimexMod.End => "late " + name,
            _ => Qualify(name, mod),
        };
    }

    private static string Qualify(string name, TimexMod mod) => mod switch
    {
        TimexMod.Approx => "about " + name,
        TimexMod.Before => "before " + name,
        TimexMod.After => "after " + name, // "since 2014", "post-2027": the text itself is shown beside the label
        _ => name,
    };
}
