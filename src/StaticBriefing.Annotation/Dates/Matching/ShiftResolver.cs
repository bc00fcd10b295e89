using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>"this week", "last month", "next year", "this weekend", "last Tuesday", "next March", "last summer".</summary>
internal sealed class ShiftResolver(ScanContext scan)
{
    public TemporalMatch? Read(int i)
    {
        var length = scan.Lexicon.Shifts.Match(scan.Tokens, i, scan.Count, out var shift);
        if (length == 0)
        {
            return null;
        }
        var j = i + length;
        var value = Resolve(j, shift, scan.ReferenceAt(i));
        return value is null ? null : new TemporalMatch(i, j + 1, TimexType.Date, value, TimexMod.None);
    }

    /// <summary>
    /// "the year" after a part modifier ("by the end of the year"): the reference's own period, and "the
    /// day" ("said at the end of the day") the reference day. The idiom "At the end of the day, …" is one
    /// of the data's exclusions.
    /// </summary>
    public TemporalMatch? Anaphoric(int i)
    {
        var length = scan.Lexicon.AnaphoricPeriods.Match(scan.Tokens, i, scan.Count, out _);
        var value = length == 0 ? null : Period(i + length - 1, 0, scan.ReferenceAt(i), anaphoric: true);
        return value is null ? null : new TemporalMatch(i, i + length, TimexType.Date, value, TimexMod.None);
    }

    /// <summary>"year's end", "the month's start": the reference's own period, found by the unit word inside the phrase.</summary>
    public TemporalMatch? OwnPeriodPart(int i)
    {
        var length = scan.Lexicon.OwnPeriodParts.Match(scan.Tokens, i, scan.Count, out var mod);
        for (var unit = i; unit < i + length; unit++)
        {
            if (scan.Unit(unit) is { Time: false, Plural: false } && Period(unit, 0, scan.ReferenceAt(i)) is { } value)
            {
                return new TemporalMatch(i, i + length, TimexType.Date, value, mod);
            }
        }
        return null;
    }

    private string? Resolve(int j, int shift, ReferenceDate reference) => Period(j, shift, reference) ?? Named(j, shift, reference);

    /// <param name="anaphoric">Only "the day" after a part modifier names a day: "last day" and "next day" are no shifts.</param>
    private string? Period(int j, int shift, ReferenceDate reference, bool anaphoric = false)
    {
        var anchor = reference.Anchor;
        if (scan.Unit(j) is { Time: false, Plural: false } unit)
        {
            return unit.Symbol switch
            {
                "W" => reference.Day is null ? Vague(shift) : TimexFormat.Week(anchor.AddDays(7 * shift)),
                "M" => reference.Month is null ? Vague(shift) : RelativeReader.Month(anchor.AddMonths(shift)),
                "Y" => TimexFormat.Year(reference.Year + shift),
                "DE" => TimexFormat.Year(reference.Year + (10 * shift))[..3],
                "D" when anaphoric => reference.Day is null ? Vague(shift) : TimexFormat.Day(anchor),
                _ => null,
            };
        }
        if (scan.In(j, scan.Lexicon.WeekendWords))
        {
            return reference.Day is null ? Vague(shift) : TimexFormat.Week(anchor.AddDays(7 * shift)) + "-WE";
        }
        return null;
    }

    private string? Named(int j, int shift, ReferenceDate reference)
    {
        var anchor = reference.Anchor;
        if (scan.Weekday(j) is { Abbreviation: false } weekday)
        {
            return reference.Day is null ? Vague(shift) : TimexFormat.Day(Weekday(anchor, weekday.Number, shift));
        }
        if (scan.Month(j) is { Abbreviation: false } month)
        {
            var refMonth = reference.Month ?? 6;
            var year = shift switch
            {
                < 0 => month.Number < refMonth ? reference.Year : reference.Year - 1,
                > 0 => month.Number > refMonth ? reference.Year : reference.Year + 1,
                _ => reference.Year,
            };
            return TimexFormat.Month(year, month.Number);
        }
        if (j < scan.Count && scan.Lexicon.Seasons.TryGetValue(scan.Tokens[j].WordId, out var season))
        {
            return TimexFormat.Season(reference.Year + shift, season);
        }
        return null;
    }

    /// <summary>"this Tuesday" in the reference week; "last"/"next" the nearest one strictly before or after.</summary>
    private static DateOnly Weekday(DateOnly anchor, int weekday, int shift)
    {
        var today = (int)anchor.DayOfWeek == 0 ? 7 : (int)anchor.DayOfWeek;
        return shift switch
        {
            < 0 => anchor.AddDays(-(((today - weekday + 6) % 7) + 1)),
            > 0 => anchor.AddDays(((weekday - today + 6) % 7) + 1),
            _ => anchor.AddDays(weekday - today),
        };
    }

    private static string Vague(int shift) => shift switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" };
}
