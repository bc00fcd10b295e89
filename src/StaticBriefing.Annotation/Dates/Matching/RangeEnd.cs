namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// The end of a range of days ("from 24 December to 7 January") lies after its start: an end whose
/// year the text does not write and which the tense put before the start is in the start's next year.
/// Only a range joiner (temporal.yml range_joiners) between the two makes them a range.
/// </summary>
internal static class RangeEnd
{
    public static void Roll(ScanContext scan, List<TemporalMatch> found)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var (start, end) = (found[k - 1], found[k]);
            if (end.First != start.End + 1 || !scan.In(start.End, scan.Lexicon.RangeJoiners) || WritesYear(scan, end)
                || Day(start) is not { } first || Day(end) is not { } last || last >= first)
            {
                continue;
            }
            var rolled = new DateOnly(first.Year, last.Month, Math.Min(last.Day, DateTime.DaysInMonth(first.Year, last.Month)));
            rolled = rolled < first ? rolled.AddYears(1) : rolled;
            if (rolled.Month == last.Month && rolled.Day == last.Day)
            {
                found[k] = end with { Value = TimexFormat.Day(rolled) + end.Value[TimexFormat.DayLength..], Anchor = end.Anchor is { } a ? a with { Year = rolled.Year } : null };
            }
        }
    }

    private static bool WritesYear(ScanContext scan, TemporalMatch match)
    {
        for (var t = match.First; t < match.End; t++)
        {
            if (scan.Year(t) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static DateOnly? Day(TemporalMatch match) =>
        match is { Type: Model.TimexType.Date, Mod: Model.TimexMod.None } ? TimexFormat.DayOf(match.Value) : null;
}
