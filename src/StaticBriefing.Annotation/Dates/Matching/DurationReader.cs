using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Durations: "five months", "one day", "50-day", "24-48 hours" (the upper bound), "three and a half
/// years", "a year and a half", "two months and ten days" (<see cref="CompoundDuration"/>), "several weeks" and a bare plural after a signal ("After months of") or before "later"/"after" ("Hours later").
/// </summary>
internal sealed class DurationReader(ScanContext scan)
{
    /// <summary>A list of counts shares one unit within this many counts ("30, 40 or 50 years").</summary>
    private const int MaxListed = 8;

    public TemporalMatch? Read(int i) => TemporalMatch.Longest(Counted(i), Vague(i), Bare(i), Determined(i), Listed(i));

    /// <summary>"30, 40 or 50 years": a count listed with a comma before others shares the plural unit of the last; the list's own words stay out of the extent.</summary>
    private TemporalMatch? Listed(int i)
    {
        if (NumberReader.Read(scan, i) is not { } first || scan.Unit(first.End) is not null)
        {
            return null;
        }
        var j = first.End;
        if (!scan.IsSymbol(j, ',') && !AfterListedCount(i))
        {
            return null; // without a comma, "two or three weeks" is a range, read by Counted
        }
        for (var listed = 0; listed < MaxListed; listed++)
        {
            var next = j;
            while (next < j + 2 && scan.In(next, scan.Lexicon.CountListJoiners))
            {
                next++;
            }
            if (next == j || NumberReader.Read(scan, next) is not { } count || count.Digits != first.Digits)
            {
                return null;
            }
            if (scan.Unit(count.End) is { } unit)
            {
                return unit.Plural && count.Value > first.Value ? Finish(i, first.End, first.Value, unit) : null;
            }
            j = count.End;
        }
        return null;
    }

    /// <summary>"the past 24 hours", "the next few weeks", "the past decade" (one unit when no count is given).</summary>
    private TemporalMatch? Determined(int i)
    {
        var length = scan.Lexicon.DurationDeterminers.Match(scan.Tokens, i, scan.Count, out _);
        if (length == 0)
        {
            return null;
        }
        var j = i + length;
        if (TemporalMatch.Longest(Counted(j), Vague(j)) is { } inner)
        {
            return inner with { First = i };
        }
        return scan.Unit(j) is { } unit
            ? new TemporalMatch(i, j + 1, TimexType.Duration, unit.Plural ? TimexFormat.VagueDuration(unit) : TimexFormat.Duration(1, unit), TimexMod.None)
            : null;
    }

    private TemporalMatch? Counted(int i) =>
        CountedWithUnit(i) is { } counted ? CompoundDuration.Extend(scan, counted.Match, counted.Unit, CountedWithUnit) : null;

    private (TemporalMatch Match, TemporalUnit Unit)? CountedWithUnit(int i)
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
            return (Finish(i, j + 2, amount, compound), compound);
        }
        // "24-48 hours", "two or three weeks": the upper bound, as the gold convention says; in a list with commas
        // ("30, 40 or 50 years") each count stands alone (see Listed).
        var listed = AfterListedCount(i) && scan.In(j, scan.Lexicon.CountListJoiners);
        if (!listed && (scan.In(j, scan.Lexicon.IntervalDashes) || scan.In(j, scan.Lexicon.ListJoiners) && scan.TextOf(j).Length > 1)
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
        return (Finish(i, j + 1, amount, unit), unit);
    }

    /// <summary>"30, 40": a count and a comma right before token i.</summary>
    private bool AfterListedCount(int i) =>
        scan.IsSymbol(i - 1, ',') && i >= 2
        && (scan.Tokens[i - 2].Kind == Tokens.TokenKind.Number || scan.Lexicon.NumberWords.Match(scan.Tokens, i - 2, scan.Count, out _) == 1);

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

    /// <summary>A bare plural after a signal ("After months of") or before a relation word ("Hours later", "days after the call").</summary>
    private TemporalMatch? Bare(int i) =>
        scan.Unit(i) is { Plural: true } unit && (scan.In(i - 1, scan.Lexicon.VagueDurationSignals) || scan.In(i + 1, scan.Lexicon.VagueDurationFollowers))
            ? new TemporalMatch(i, i + 1, TimexType.Duration, TimexFormat.VagueDuration(unit), TimexMod.None)
            : null;
}
