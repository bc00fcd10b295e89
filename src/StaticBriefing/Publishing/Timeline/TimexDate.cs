using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>A calendar-placeable TIMEX3 date: its value and mod, the days it covers and its reader's label.</summary>
public sealed record TimexDate(string Value, TimexMod Mod, TimexPrecision Precision, DateRange Range, string Label)
{
    /// <summary>Null for durations, PRESENT_REF-style values and anything unparseable.</summary>
    public static TimexDate? TryCreate(string value, TimexMod mod)
    {
        if (!TimexRange.TryParse(value, out var whole, out var precision))
        {
            return null;
        }
        var range = TimexRange.Narrow(whole, precision, mod);
        return new TimexDate(value.Trim(), mod, precision, range, TimexLabel.Format(whole, range, precision, mod));
    }

    /// <summary>True when the label alone does not show the exact days (the reader also sees the range).</summary>
    public bool IsFuzzy => Precision != TimexPrecision.Day;
}
