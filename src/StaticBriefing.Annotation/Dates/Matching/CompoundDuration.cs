namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// "two months and ten days", "one year and six months": counted durations joined by "and", each
/// in a unit the one before it divides into, are one duration (P2M10D, P1Y6M), as "three and a
/// half years" is P3Y6M. A part with a fraction, or a unit no smaller than the last, ends it.
/// </summary>
internal static class CompoundDuration
{
    /// <summary>At most this many parts: years, months, days, hours, minutes, seconds.</summary>
    private const int MaxParts = 6;

    /// <summary>How far a unit's chain of subunits is followed (years → months → days → hours → minutes → seconds).</summary>
    private const int MaxChain = 8;

    public static TemporalMatch Extend(ScanContext scan, TemporalMatch head, TemporalUnit unit, Func<int, (TemporalMatch Match, TemporalUnit Unit)?> counted)
    {
        var (match, last) = (head, unit);
        for (var parts = 1; parts < MaxParts && !HasFraction(head.Value) && match.End + 1 < scan.Count && scan.TextOf(match.End).Equals("and", StringComparison.OrdinalIgnoreCase); parts++)
        {
            if (counted(match.End + 1) is not { } next || !Divides(scan, last, next.Unit) || HasFraction(next.Match.Value))
            {
                break;
            }
            var tail = next.Match.Value[(next.Unit.Time ? 2 : 1)..]; // "10D" of "P10D", "5H" of "PT5H"
            var joined = next.Unit.Time && !match.Value.Contains('T') ? match.Value + "T" + tail : match.Value + tail;
            match = match with { End = next.Match.End, Value = joined };
            last = next.Unit;
        }
        return match;
    }

    /// <summary>Is <paramref name="small"/> down <paramref name="big"/>'s chain of subunits (a subunit H or S, or any under a time unit, is a time unit)?</summary>
    private static bool Divides(ScanContext scan, TemporalUnit big, TemporalUnit small)
    {
        var (symbol, time) = (big.Subunit, big.Time || big.Subunit is "H" or "S");
        for (var step = 0; step < MaxChain; step++)
        {
            if (symbol == small.Symbol && time == small.Time)
            {
                return true;
            }
            if (scan.Lexicon.Units.Values.FirstOrDefault(u => u.Symbol == symbol && u.Time == time) is not { } unit)
            {
                return false;
            }
            (symbol, time) = (unit.Subunit, time || unit.Subunit is "H" or "S");
        }
        return false;
    }

    /// <summary>A part that is not one whole count of one unit ("P3Y6M" of "three and a half years", "P1.5Y").</summary>
    private static bool HasFraction(string value) => value.Contains('.') || value.Count(char.IsLetter) > (value.Contains('T') ? 3 : 2);
}
