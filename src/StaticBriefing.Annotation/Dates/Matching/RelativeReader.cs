using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Dates relative to the reference date: "tomorrow", "late last night", "this week", "last month",
/// "next Tuesday", "two weeks ago", a bare weekday by tense (or ahead, as a deadline), and PRESENT/PAST/FUTURE_REF.
/// </summary>
internal sealed class RelativeReader(ScanContext scan, TenseDirection tense, ShiftResolver shifts)
{
    /// <summary>The TIMEX3 part of day "night", which straddles two days.</summary>
    private const string NightPart = "NI";

    public TemporalMatch? Read(int i) => TemporalMatch.Longest(DayWord(i), shifts.Read(i), Ago(i), Weekday(i), Weekend(i), Reference(i), FromLastNamedDay(i));

    /// <summary>"the same day", "the day before", "the following week", "that night": counted from the day the text last named, if it named one.</summary>
    private TemporalMatch? FromLastNamedDay(int i)
    {
        var length = scan.Lexicon.FromLastNamedDay.Match(scan.Tokens, i, scan.Count, out var shift);
        if (length == 0 || scan.LastDay is not { } day)
        {
            return null;
        }
        var value = shift.Unit switch
        {
            LastNamedDayUnit.Week => TimexFormat.Week(day.AddDays(7 * shift.Offset)),
            LastNamedDayUnit.Month => Month(day.AddMonths(shift.Offset)),
            // A night between two days just named is that night, counted from either side.
            _ when shift.Part == NightPart && scan.NightBetween is { } evening => TimexFormat.Day(evening) + "T" + shift.Part,
            _ => TimexFormat.Day(day.AddDays(shift.Offset)) + (shift.Part is null ? "" : "T" + shift.Part),
        };
        return new TemporalMatch(i, i + length, TimexType.Date, value, TimexMod.None, RefersBack: shift.Part is not null);
    }

    /// <summary>"over the weekend": the last weekend in a past sentence, the next one in a future sentence.</summary>
    private TemporalMatch? Weekend(int i)
    {
        var length = scan.Lexicon.TensedWeekends.Match(scan.Tokens, i, scan.Count, out _);
        if (length == 0 || scan.ReferenceAt(i) is not { Day: not null } reference)
        {
            return null; // i may be one past the last token ("updated later"): no reference to ask for
        }
        var anchor = reference.Anchor;
        var today = (int)anchor.DayOfWeek == 0 ? 7 : (int)anchor.DayOfWeek;
        var saturday = tense.IsFuture(i) ? anchor.AddDays((6 - today + 7) % 7) : anchor.AddDays(-((today - 6 + 7) % 7));
        return new TemporalMatch(i, i + length, TimexType.Date, TimexFormat.Week(saturday) + "-WE", TimexMod.None);
    }

    private TemporalMatch? DayWord(int i)
    {
        var length = scan.Lexicon.RelativeDays.Match(scan.Tokens, i, scan.Count, out var day);
        if (length == 0)
        {
            return null;
        }
        var reference = scan.ReferenceAt(i);
        if (day is { Offset: 0, Part: null } && PresentEra(i + length))
        {
            return new TemporalMatch(i, i + length, TimexType.Date, "PRESENT_REF", TimexMod.None);
        }
        if (reference.Day is null)
        {
            var vague = day.Offset == 0 ? "PRESENT_REF" : day.Offset < 0 ? "PAST_REF" : "FUTURE_REF";
            return new TemporalMatch(i, i + length, TimexType.Date, vague, TimexMod.None);
        }
        return WithPartOfDay(i, i + length, reference.Anchor.AddDays(day.Offset), day.Part);
    }

    /// <summary>"today's realities", "today's world": the possessive names the present age, not the day (TIMEX3 PRESENT_REF).</summary>
    private bool PresentEra(int k)
    {
        var possessive = scan.Glued(k) ? scan.Lexicon.Possessives.Match(scan.Tokens, k, scan.Count, out _) : 0;
        return possessive > 0 && scan.In(k + possessive, scan.Lexicon.PresentEraNouns);
    }

    /// <summary>A day with an optional part of day after it ("yesterday morning", "Tuesday evening").</summary>
    public TemporalMatch WithPartOfDay(int first, int end, DateOnly date, string? part)
    {
        if (part is null && end < scan.Count && scan.Lexicon.PartsOfDay.TryGetValue(scan.Tokens[end].WordId, out var following))
        {
            part = following;
            end++;
        }
        var value = TimexFormat.Day(date) + (part is null ? "" : "T" + part);
        return new TemporalMatch(first, end, TimexType.Date, value, TimexMod.None);
    }

    private TemporalMatch? Ago(int i)
    {
        if (scan.Unit(i) is { Plural: true } && scan.In(i + 1, scan.Lexicon.AgoWords))
        {
            return new TemporalMatch(i, i + 2, TimexType.Date, "PAST_REF", TimexMod.None);
        }
        var count = NumberReader.Read(scan, i);
        if (count is not { } found || scan.Unit(found.End) is not { Time: false } unit || !scan.In(found.End + 1, scan.Lexicon.AgoWords))
        {
            return null;
        }
        var reference = scan.ReferenceAt(i);
        var amount = (int)decimal.Floor(found.Value);
        var value = unit.Symbol switch
        {
            "D" when reference.Day is not null => TimexFormat.Day(reference.Anchor.AddDays(-amount)),
            "W" when reference.Day is not null => TimexFormat.Week(reference.Anchor.AddDays(-7 * amount)),
            "M" when reference.Month is not null => Month(reference.Anchor.AddMonths(-amount)),
            "Y" => TimexFormat.Year(reference.Year - amount),
            _ => "PAST_REF",
        };
        return new TemporalMatch(i, found.End + 2, TimexType.Date, value, TimexMod.None);
    }

    private TemporalMatch? Weekday(int i)
    {
        if (scan.Weekday(i) is not { Abbreviation: false } weekday)
        {
            return null;
        }
        var reference = scan.ReferenceAt(i);
        if (reference.Day is null)
        {
            return new TemporalMatch(i, i + 1, TimexType.Date, "XXXX-WXX-" + weekday.Number, TimexMod.None);
        }
        var anchor = reference.Anchor;
        var today = (int)anchor.DayOfWeek == 0 ? 7 : (int)anchor.DayOfWeek;
        // "respond by Thursday": a deadline lies ahead whatever the tense.
        var date = scan.In(i - 1, scan.Lexicon.DeadlineSignals) || tense.IsFuture(i)
            ? anchor.AddDays((weekday.Number - today + 7) % 7)
            : anchor.AddDays(-((today - weekday.Number + 7) % 7));
        return WithPartOfDay(i, i + 1, date, null);
    }

    private TemporalMatch? Reference(int i)
    {
        var length = scan.Lexicon.References.Match(scan.Tokens, i, scan.Count, out var value);
        if (length == 0 || scan.In(i + length, scan.Lexicon.ReferenceBlockers) || scan.Unit(i + length) is not null)
        {
            return null;
        }
        return new TemporalMatch(i, i + length, TimexType.Date, value, TimexMod.None);
    }

    public static string Month(DateOnly date) => TimexFormat.Month(date.Year, date.Month);
}
