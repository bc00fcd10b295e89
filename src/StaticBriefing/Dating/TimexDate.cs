using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Dating;

/// <summary>
/// A TIMEX3 date value placed on the calendar: its value and mod, how precise it is, and the days it
/// covers. The one reading of TIMEX values for every page, feed, calendar and data file, so they
/// all label a date the same way (<see cref="DateSpan.Label"/>: "23 Jul 2025", "21–31 Aug 2025", "from 2014").
/// </summary>
public sealed record TimexDate(string Value, TimexMod Mod, TimexPrecision Precision, DateSpan Span)
{
    public string Label => Span.Label;

    /// <summary>True when the value names more than one exact day (the reader sees a range).</summary>
    public bool IsFuzzy => Precision != TimexPrecision.Day;

    /// <summary>Null for durations, references (PRESENT_REF) and anything unparseable: they have no place on a calendar.</summary>
    public static TimexDate? Read(string value, TimexType type, TimexMod mod)
    {
        if (type != TimexType.Date || !TimexParser.TryParse(value.Trim(), out var whole, out var precision))
        {
            return null;
        }
        return new TimexDate(value.Trim(), mod, precision, Modify(whole, precision, mod));
    }

    /// <summary>
    /// START/MID/END take the first, middle and last third of a week-or-longer span (August: 1–10,
    /// 11–20, 21–31); BEFORE/AFTER open it on one side; APPROX marks it. A single day is never narrowed.
    /// </summary>
    private static DateSpan Modify(DateSpan whole, TimexPrecision precision, TimexMod mod)
    {
        var third = whole.Days / 3;
        var narrows = precision != TimexPrecision.Day && third > 0;
        return mod switch
        {
            TimexMod.Start when narrows => whole with { End = whole.Start.AddDays(third - 1) },
            TimexMod.Mid when narrows => whole with { Start = whole.Start.AddDays(third), End = whole.Start.AddDays((2 * third) - 1) },
            TimexMod.End when narrows => whole with { Start = whole.Start.AddDays(2 * third) },
            TimexMod.Before => whole with { OpenBefore = true },
            TimexMod.After => whole with { OpenAfter = true },
            TimexMod.Approx => whole with { Approximate = true },
            _ => whole,
        };
    }
}
