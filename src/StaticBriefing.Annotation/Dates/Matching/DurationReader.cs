using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Durations: "five months", "one day", "50-day", "24-48 hours" (the upper bound), "three and a half
/// years", "a year and a half", "several weeks" and a bare plural after a signal ("After months of").
/// </summary>
internal sealed class DurationReader(ScanContext scan)
{
    public TemporalMatch? Read(int i) => RelativeReader.Longest(Counted(i), Vague(i), Bare(i));

    private TemporalMatch? Counted(int i)
    {
        if (NumberReader.Read(scan, i) is not { } count)
        {
            return null;
        }
        var amount = count.Value;
        var j = count.End;
        // "50-day": a glued hyphen makes a compound adjective with a singular unit.
        if (scan.IsSymbol(j, '-') && scan.Glued(j) && scan.Glued(j + 1) && scan.Unit(j + 1) is { } compound)
        {
            return Finish(i, j + 2, amount, compound);
        }
        // "24-48 hours", "two to three years": the upper bound, as the gold convention says.
        if ((scan.In(j, scan.Lexicon.IntervalDashes) || scan.In(j, scan.Lexicon.ListJoiners) && scan.TextOf(j).Length > 1)
            && NumberReader.Read(scan, j + 1) is { } upper && upper.Value > amount && upper.Digits == count.Digits && scan.Unit(upper.End) is not null)
        {
            amount = upper.Value;
            j = upper.End;
        }
        if (scan.Unit(j) is not { } unit)
        {
            return null;
        }
        var article = !count.Digits && count.Value == 1 && count.End == i + 1 && scan.TextOf(i).Length <= 2;
        if (article && unit.Plural)
        {
            return null;
        }
        return Finish(i, j + 1, amount, unit);
    }

    private TemporalMatch Finish(int i, int end, decimal amount, TemporalUnit unit)
    {
        var length = scan.Lexicon.Fractions.Match(scan.Tokens, end, scan.Count, out var fraction);
        if (length > 0 && amount == decimal.Floor(amount))
        {
            amount += fraction;
            end += length;
        }
        return new TemporalMatch(i, end, TimexType.Duration, TimexFormat.Duration(amount, unit), TimexMod.None);
    }

    private TemporalMatch? Vague(int i)
    {
        var length = scan.Lexicon.VagueQuantities.Match(scan.Tokens, i, scan.Count, out _);
        return length > 0 && scan.Unit(i + length) is { Plural: true } unit
            ? new TemporalMatch(i, i + length + 1, TimexType.Duration, TimexFormat.VagueDuration(unit), TimexMod.None)
            : null;
    }

    private TemporalMatch? Bare(int i) =>
        scan.Unit(i) is { Plural: true } unit && scan.In(i - 1, scan.Lexicon.VagueDurationSignals)
            ? new TemporalMatch(i, i + 1, TimexType.Duration, TimexFormat.VagueDuration(unit), TimexMod.None)
            : null;
}
