using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// A spelled ordinal day before "of" and a month, its article kept: "the sixth of September", "the
/// twenty-first of May 2026" (speech as transcribed). Without "of" and a month an ordinal is no date
/// ("the sixth round"). A missing year is the one the tense implies, as for "6 September".
/// </summary>
internal sealed class SpelledDayReader(ScanContext scan, TenseDirection tense)
{
    public TemporalMatch? Read(int i)
    {
        var j = i + (scan.In(i, scan.Lexicon.OrdinalDayArticles) ? 1 : 0);
        var length = scan.Lexicon.OrdinalWords.Match(scan.Tokens, j, scan.Count, out var day);
        var monthToken = j + length + 1;
        if (length == 0 || !scan.In(j + length, scan.Lexicon.DayMonthLinks) || scan.Month(monthToken) is not { Abbreviation: false } month)
        {
            return null;
        }
        var written = scan.Year(monthToken + 1);
        var year = written ?? tense.YearOf(monthToken, month.Number, scan.ReferenceAt(i));
        var end = monthToken + (written is null ? 1 : 2);
        return TimexFormat.IsValidDay(year, month.Number, day)
            ? new TemporalMatch(i, end, TimexType.Date, TimexFormat.Day(new DateOnly(year, month.Number, day)), TimexMod.None, new DayAnchor(year, month.Number, true))
            : null;
    }
}
