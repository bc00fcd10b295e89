using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Dates written in digits: "24.11.2025" (one token, the tokenizer keeps dots between digits),
/// "16/08/2025" and "16-08-2025" (five glued tokens). The separator's orders from the data are
/// tried in turn; the first that gives a real day wins, so "08/16/2025" can only be month first.
/// </summary>
internal sealed class NumericDateReader(ScanContext scan)
{
    public TemporalMatch? Read(int i)
    {
        var t = scan.Tokens[i];
        if (t.Kind != Tokens.TokenKind.Number || t.Suffix != Tokens.NumberSuffix.None)
        {
            return null;
        }
        return t.Number < 0 ? Dotted(i) : Separated(i);
    }

    private TemporalMatch? Dotted(int i)
    {
        var parts = scan.TextOf(i).ToString().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }
        return Resolve(i, i + 1, '.', parts);
    }

    private TemporalMatch? Separated(int i)
    {
        if (i + 4 >= scan.Count || scan.Tokens[i + 1].Kind != Tokens.TokenKind.Symbol)
        {
            return null;
        }
        var separator = scan.Text[scan.Tokens[i + 1].Start];
        for (var k = i + 1; k <= i + 4; k++)
        {
            var expectNumber = (k - i) % 2 == 0;
            if (!scan.Glued(k) || (expectNumber ? !scan.Tokens[k].IsPlainNumber || scan.Tokens[k].Suffix != Tokens.NumberSuffix.None : !scan.IsSymbol(k, separator)))
            {
                return null;
            }
        }
        // "2025-08-16/17" or "16/08/2025/…" is something else: stop at a glued continuation.
        if (i + 5 < scan.Count && scan.Glued(i + 5) && scan.Tokens[i + 5].Kind == Tokens.TokenKind.Symbol && scan.IsSymbol(i + 5, separator))
        {
            return null;
        }
        return Resolve(i, i + 5, separator, [scan.TextOf(i).ToString(), scan.TextOf(i + 2).ToString(), scan.TextOf(i + 4).ToString()]);
    }

    private TemporalMatch? Resolve(int first, int end, char separator, string[] parts)
    {
        if (!scan.Lexicon.NumericDateOrders.TryGetValue(separator, out var orders))
        {
            return null;
        }
        foreach (var order in orders)
        {
            var year = Part(parts, order, 'Y', 4);
            var month = Part(parts, order, 'M', 2);
            var day = Part(parts, order, 'D', 2);
            if (year >= scan.Lexicon.EarliestYear && year <= scan.Lexicon.LatestYear && month is >= 1 and <= 12 && day >= 1
                && TimexFormat.IsValidDay(year, month, day))
            {
                var date = new DateOnly(year, month, day);
                return new TemporalMatch(first, end, TimexType.Date, TimexFormat.Day(date), TimexMod.None, new DayAnchor(year, month, order[0] == 'D'));
            }
        }
        return null;
    }

    /// <summary>The value of the part the order puts <paramref name="field"/> at, or -1 when its digit count is wrong (years have 4, days and months 1–2).</summary>
    private static int Part(string[] parts, string order, char field, int maxDigits)
    {
        var text = parts[order.IndexOf(field, StringComparison.Ordinal)];
        var fits = field == 'Y' ? text.Length == 4 : text.Length <= maxDigits;
        return fits ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }
}
