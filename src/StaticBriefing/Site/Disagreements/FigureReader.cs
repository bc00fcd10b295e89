using System.Globalization;

namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// Reads the figures of a text with the noun each counts: "over 7,000 bodies" gives (7000, "bodies"),
/// "1,200 Ukrainian prisoners" gives (1200, "prisoners") (capitalised words before the noun are
/// skipped); "a 50-day deadline" measures a deadline, counts nothing, and is skipped. A figure after an additive word ("another
/// 3,000") counts something else and is skipped. One pass over the characters.
/// </summary>
public static class FigureReader
{
    private const int CapitalisedWordsSkipped = 2;

    public static IEnumerable<(decimal Figure, string Written, string Unit, string UnitAsWritten)> Read(string text, IReadOnlyCollection<string> additiveWords)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }
            var written = text[start..i];
            if (additiveWords.Contains(SentenceScan.WordBefore(text, start))
                || !decimal.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var figure))
            {
                continue;
            }
            if (UnitAfter(text, i) is { } unit)
            {
                yield return (figure, written, Singular(unit), unit);
            }
        }
    }

    /// <summary>The first lower-case word after the figure, past at most two capitalised ones.</summary>
    private static string? UnitAfter(string text, int position)
    {
        if (position < text.Length && text[position] == '-')
        {
            return null; // "a 30-day ceasefire": a measure of something else, not a count
        }
        var at = position;
        for (var word = 0; word <= CapitalisedWordsSkipped; word++)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
            var start = at;
            while (at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }
            if (at == start)
            {
                return null;
            }
            if (char.IsLower(text[start]))
            {
                return text[start..at];
            }
        }
        return null;
    }

    /// <summary>Crudely singular, so "body" and "bodies" meet in one group.</summary>
    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1]
        : word;
}
