using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// A lone ordinal day after a cue: "on the 16th", "by the 3rd". It is a day of the reference month,
/// moved a month back when a past sentence names a later day, or forward when a future one (or a
/// deadline) names an earlier day. "the 18th package" or "the 16th-century" are not days.
/// </summary>
internal sealed class OrdinalDayReader(ScanContext scan, TenseDirection tense)
{
    public TemporalMatch? Read(int i)
    {
        if (!scan.In(i, scan.Lexicon.OrdinalDayArticles) || !scan.In(i - 1, scan.Lexicon.OrdinalDayCues)
            || i + 1 >= scan.Count || scan.Tokens[i + 1].Suffix != Tokens.NumberSuffix.Ordinal || scan.Day(i + 1) is not { } day)
        {
            return null;
        }
        var next = i + 2;
        if (next < scan.Count && (scan.Tokens[next].Kind != Tokens.TokenKind.Symbol || (scan.IsSymbol(next, '-') && scan.Glued(next))))
        {
            return null;
        }
        var reference = scan.ReferenceAt(i);
        if (reference.Month is null || reference.Day is not { } today)
        {
            return null;
        }
        var future = scan.In(i - 1, scan.Lexicon.DeadlineSignals) || tense.IsFuture(i);
        var month = new DateOnly(reference.Year, reference.Month.Value, 1).AddMonths(future && day < today ? 1 : !future && day > today ? -1 : 0);
        return TimexFormat.IsValidDay(month.Year, month.Month, day)
            ? new TemporalMatch(i, i + 2, TimexType.Date, TimexFormat.Day(new DateOnly(month.Year, month.Month, day)), TimexMod.None)
            : null;
    }
}
