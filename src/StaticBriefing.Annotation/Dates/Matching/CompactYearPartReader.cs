using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// A financial half-year or quarter in shorthand: the part's number, its letter and a two-digit year
/// written as one word ("1H28" = 2028-H1, "3Q27" = 2027-Q3; compact_year_parts). Nothing may be glued
/// after it ("1H28A" is a code).
/// </summary>
internal sealed class CompactYearPartReader(ScanContext scan)
{
    private const int Century = 2000;

    public TemporalMatch? Read(int i)
    {
        if (i + 2 >= scan.Count || scan.Lexicon.CompactYearParts.Count == 0)
        {
            return null;
        }
        var (part, letter, year) = (scan.Tokens[i], scan.Tokens[i + 1], scan.Tokens[i + 2]);
        if (!part.IsPlainNumber || part.Digits != 1 || part.Suffix != Tokens.NumberSuffix.None || !letter.IsWord || !scan.Glued(i + 1)
            || !scan.Lexicon.CompactYearParts.TryGetValue(letter.WordId, out var code)
            || !year.IsPlainNumber || year.Digits != 2 || year.Suffix != Tokens.NumberSuffix.None || !scan.Glued(i + 2)
            || (i + 3 < scan.Count && scan.Glued(i + 3) && scan.Tokens[i + 3].Kind != Tokens.TokenKind.Symbol))
        {
            return null;
        }
        var full = Century + year.Number;
        if (part.Number < 1 || part.Number > (code == "H" ? 2 : 4) || full < scan.Lexicon.EarliestYear || full > scan.Lexicon.LatestYear)
        {
            return null;
        }
        return new TemporalMatch(i, i + 3, TimexType.Date, string.Create(CultureInfo.InvariantCulture, $"{full:D4}-{code}{part.Number}"), TimexMod.None);
    }
}
