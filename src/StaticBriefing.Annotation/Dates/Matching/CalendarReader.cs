using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Calendar dates written out: "July 22, 2025", "Jul 23", "23 July", "the 5th of May", "May 2024",
/// "June", "2022", "1990s", "August-September 2022", "2025-07-22", "Tuesday, July 22".
/// A missing year comes from the reference date.
/// </summary>
internal sealed class CalendarReader(ScanContext scan, TenseDirection tense)
{
    private readonly NumericDateReader numeric = new(scan);
    private readonly SpelledDayReader spelledDays = new(scan, tense);

    /// <param name="cued">True when a modifier before the expression ("since", "mid-") already marks it as a date.</param>
    public TemporalMatch? Read(int i, bool cued)
    {
        if (i >= scan.Count)
        {
            return null; // a day list ("1, 2, 3,") can run to the sentence's end before its month
        }
        if (scan.Weekday(i) is { } weekday)
        {
            var j = i + 1 + (weekday.Abbreviation && scan.IsSymbol(i + 1, '.') ? 1 : 0);
            j += scan.IsSymbol(j, ',') ? 1 : 0;
            var date = MonthFirst(j, true) ?? DayFirst(j);
            return date is { Anchor: not null } found ? found with { First = i } : null;
        }
        return numeric.Read(i) ?? MonthFirst(i, cued) ?? DayFirst(i) ?? spelledDays.Read(i) ?? YearAt(i);
    }

    private TemporalMatch? MonthFirst(int i, bool cued)
    {
        if (scan.Month(i) is not { } month)
        {
            return null;
        }
        var j = i + 1 + (month.Abbreviation && scan.IsSymbol(i + 1, '.') ? 1 : 0);
        var reference = scan.ReferenceAt(i);
        if (scan.Day(j) is { } day && scan.Unit(j + 1) is null)
        {
            var (year, end) = YearAfter(j + 1, i, month.Number, reference);
            return TimexFormat.IsValidDay(year, month.Number, day)
                ? new TemporalMatch(i, end, TimexType.Date, TimexFormat.Day(new DateOnly(year, month.Number, day)), TimexMod.None, new DayAnchor(year, month.Number, false))
                : null;
        }
        if (scan.Year(j) is { } monthYear)
        {
            return new TemporalMatch(i, j + 1, TimexType.Date, TimexFormat.Month(monthYear, month.Number), TimexMod.None);
        }
        if (scan.In(j, scan.Lexicon.DayMonthLinks) && scan.Year(j + 1) is { } linkedYear)
        {
            return new TemporalMatch(i, j + 2, TimexType.Date, TimexFormat.Month(linkedYear, month.Number), TimexMod.None);
        }
        if (scan.In(j, scan.Lexicon.IntervalDashes) && scan.Month(j + 1) is { Abbreviation: false } last)
        {
            var year = scan.Year(j + 2);
            var endYear = year ?? reference.Year;
            var startYear = last.Number < month.Number ? endYear - 1 : endYear;
            var value = TimexFormat.Month(startYear, month.Number) + "/" + TimexFormat.Month(endYear, last.Number);
            return new TemporalMatch(i, j + (year is null ? 2 : 3), TimexType.Date, value, TimexMod.None);
        }
        if (month.Abbreviation || (month.Ambiguous && !(cued || MonthContext(i))))
        {
            return null;
        }
        // "March next year", "May last year": the month of the shifted year, one span.
        var shiftLength = scan.Lexicon.Shifts.Match(scan.Tokens, j, scan.Count, out var shift);
        if (shiftLength > 0 && scan.Unit(j + shiftLength) is { Symbol: "Y", Time: false, Plural: false })
        {
            return new TemporalMatch(i, j + shiftLength + 1, TimexType.Date, TimexFormat.Month(reference.Year + shift, month.Number), TimexMod.None);
        }
        return new TemporalMatch(i, i + 1, TimexType.Date, TimexFormat.Month(tense.YearOf(i, month.Number, reference), month.Number), TimexMod.None);
    }

    private TemporalMatch? DayFirst(int i)
    {
        if (scan.Day(i) is not { } day)
        {
            return null;
        }
        var j = i + 1 + (scan.In(i + 1, scan.Lexicon.DayMonthLinks) ? 1 : 0);
        if (scan.Month(j) is not { } month)
        {
            return null;
        }
        var k = j + 1 + (month.Abbreviation && scan.IsSymbol(j + 1, '.') ? 1 : 0);
        var (year, end) = YearAfter(k, j, month.Number, scan.ReferenceAt(i));
        return TimexFormat.IsValidDay(year, month.Number, day)
            ? new TemporalMatch(i, end, TimexType.Date, TimexFormat.Day(new DateOnly(year, month.Number, day)), TimexMod.None, new DayAnchor(year, month.Number, true))
            : null;
    }

    private TemporalMatch? YearAt(int i)
    {
        var t = scan.Tokens[i];
        if (t.IsPlainNumber && t.Digits == 4 && t.Suffix == Tokens.NumberSuffix.Plural && t.Number % 10 == 0
            && t.Number >= scan.Lexicon.EarliestYear && t.Number <= scan.Lexicon.LatestYear)
        {
            return new TemporalMatch(i, i + 1, TimexType.Date, TimexFormat.Year(t.Number)[..3], TimexMod.None);
        }
        if (scan.Year(i) is not { } year)
        {
            return null;
        }
        if (scan.IsSymbol(i + 1, '-') && scan.Glued(i + 1) && scan.Glued(i + 2) && scan.Day(i + 2) is { } month && month <= 12
            && scan.IsSymbol(i + 3, '-') && scan.Glued(i + 3) && scan.Glued(i + 4) && scan.Day(i + 4) is { } day
            && scan.Tokens[i + 2].Digits == 2 && TimexFormat.IsValidDay(year, month, day))
        {
            return new TemporalMatch(i, i + 5, TimexType.Date, TimexFormat.Day(new DateOnly(year, month, day)), TimexMod.None, new DayAnchor(year, month, false));
        }
        if (scan.In(i + 1, scan.Lexicon.IntervalDashes) && scan.Year(i + 2) is { } last && last > year)
        {
            return new TemporalMatch(i, i + 3, TimexType.Date, TimexFormat.Year(year) + "/" + TimexFormat.Year(last), TimexMod.None);
        }
        return new TemporalMatch(i, i + 1, TimexType.Date, TimexFormat.Year(year), TimexMod.None);
    }

    /// <summary>An optional year after a day ("23, 2025", "23 2025"); otherwise the year the tense implies.</summary>
    private (int Year, int End) YearAfter(int j, int monthToken, int month, ReferenceDate reference)
    {
        if (scan.Year(j) is { } year)
        {
            return (year, j + 1);
        }
        return scan.IsSymbol(j, ',') && scan.Year(j + 1) is { } afterComma ? (afterComma, j + 2) : (tense.YearOf(monthToken, month, reference), j);
    }

    /// <summary>
    /// An ambiguous month word ("May") counts when a cue word precedes it, another month sits beside it in a
    /// list, or it modifies a noun after a determiner ("a March version", "the May deadline"): neither the
    /// verb nor the modal follows "a" or "the", and a name would take a preposition ("the March on the capital").
    /// </summary>
    private bool MonthContext(int i) =>
        scan.In(i - 1, scan.Lexicon.MonthCues) && !(scan.In(i - 1, scan.Lexicon.ListJoiners) && scan.Month(i - 2) is null && scan.Day(i - 2) is null)
        || (scan.In(i + 1, scan.Lexicon.ListJoiners) && scan.Month(i + 2) is { Abbreviation: false })
        || (scan.In(i - 1, scan.Lexicon.AttributiveMonthDeterminers) && i + 1 < scan.Count && scan.Tokens[i + 1] is { IsWord: true, Capitalized: false }
            && !scan.In(i + 1, scan.Lexicon.AttributiveMonthStops));
}
