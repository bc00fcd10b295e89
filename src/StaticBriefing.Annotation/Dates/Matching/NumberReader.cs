using StaticBriefing.Annotation.Dates.Tokens;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>A count: digits ("50"), number words ("five", "twenty-five", "a"), with a fraction ("three and a half").</summary>
internal static class NumberReader
{
    public readonly record struct Count(decimal Value, int End, bool Digits);

    public static Count? Read(ScanContext scan, int i)
    {
        if (i >= scan.Count)
        {
            return null;
        }
        var t = scan.Tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return t.IsPlainNumber && t.Number > 0 && t.Suffix == NumberSuffix.None ? WithFraction(scan, t.Number, i + 1, true) : null;
        }
        var length = scan.Lexicon.NumberWords.Match(scan.Tokens, i, scan.Count, out var value);
        if (length == 0)
        {
            return null;
        }
        var end = i + length;
        // "twenty-five", "twenty five": a tens word followed by a units word.
        if (value is >= 20 and < 100 && value % 10 == 0)
        {
            var k = end + (scan.IsSymbol(end, '-') && scan.Glued(end) ? 1 : 0);
            if (scan.Lexicon.NumberWords.Match(scan.Tokens, k, scan.Count, out var units) == 1 && units is >= 1 and <= 9 && scan.TextOf(k).Length > 2)
            {
                value += units;
                end = k + 1;
            }
        }
        return WithFraction(scan, value, end, false);
    }

    private static Count WithFraction(ScanContext scan, decimal value, int end, bool digits)
    {
        var length = scan.Lexicon.Fractions.Match(scan.Tokens, end, scan.Count, out var fraction);
        return length > 0 ? new Count(value + fraction, end + length, digits) : new Count(value, end, digits);
    }
}
