using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticBriefing.Annotation.Tests.Fuzz;

/// <summary>
/// Generates odd texts from a fixed seed: the seeds' own words and punctuation recombined, words of
/// the input/ lexicons (months, weekdays, cue words, names), digits with date-like separators,
/// dangling quotes and brackets, empty and one-character sentences, dashes, emoji, control
/// characters (never NUL), RTL text and invisible characters. Same seed, same texts.
/// </summary>
public sealed class FuzzText(Random random, IReadOnlyList<string> seedTokens, IReadOnlyList<string> lexiconWords)
{
    private static readonly Regex Token = new(@"\p{L}[\p{L}\p{M}'’\-]*|\d+|[^\s\p{L}\d]", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex YamlWord = new(@"[\p{Lu}\p{Ll}][\p{L}'’\-]{1,30}", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] Separators = [".", "/", "-", ":", " ", ". ", "/ ", "–"];
    private static readonly string[] Enders = [".", "!", "?", "…", "", ".”", "?\"", ".)", ":", ";", " |"];
    private static readonly string[] Joiners = [" ", " ", " ", "", "\n", "\n\n", "\t", "\u00A0", "\r\n", "  "];
    private static readonly string[] Dangling = ["“", "”", "\"", "‘", "’", "'", "(", ")", "[", "]", "{", "«", "»", "„", "‹", "—", "–", "-", "…", "•", "|", "/"];
    private static readonly string[] Oddities =
    [
        "—", " — ", "😀", "🇺🇦", "👍🏽", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029",
        "\u200B", "\u200D", "\uFEFF", "\u202E", "\u202B", "\u2066", "\uFFFD", "\u00AD", "\u0301", "e\u0301",
        "مفاوضات السلام في إسطنبول", "השיחות נמשכו", "переговоры", "١٢٣", "٢٠٢٥", "𝟐𝟎𝟐𝟓", "²", "½", "Ⅻ", "İ", "ß", "ǅ",
    ];

    public static IReadOnlyList<string> TokensOf(string text) => Token.Matches(text).Select(match => match.Value).ToList();

    public static IReadOnlyList<string> WordsOfYaml(string yaml) =>
        YamlWord.Matches(yaml).Select(match => match.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public string Next()
    {
        var text = new StringBuilder();
        var sentences = random.Next(0, 7);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Sentence());
            text.Append(Pick(Joiners));
        }
        return text.ToString();
    }

    private string Sentence() => random.Next(12) switch
    {
        0 => "",
        1 => Pick(Enders),
        2 => Pick(Dangling),
        3 => Pick(Oddities),
        4 => Words(1, 3) + " " + DateLike() + Pick(Enders),
        5 => Words(0, 10) + " " + Pick(lexiconWords) + Pick(Enders),
        6 => Pick(Dangling) + Words(1, 12) + (random.Next(2) == 0 ? Pick(Dangling) : "") + Pick(Enders),
        7 => Words(1, 8) + " " + Pick(Oddities) + " " + Words(0, 8) + Pick(Enders),
        8 => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => DateLike() + Pick(Separators))),
        _ => Words(1, 30) + Pick(Enders),
    };

    /// <summary>Mostly the seeds' tokens, a quarter lexicon words, now and then a number or an oddity.</summary>
    private string Words(int min, int max)
    {
        var words = new StringBuilder();
        var count = random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(4) > 0)
            {
                words.Append(' ');
            }
            words.Append(random.Next(20) switch
            {
                < 12 => Pick(seedTokens),
                < 17 => Pick(lexiconWords),
                < 19 => DateLike(),
                _ => Pick(random.Next(2) == 0 ? Dangling : Oddities),
            });
        }
        return words.ToString();
    }

    /// <summary>"5.6.2025", "12:30", "2025-13-40", "0/0", "99999.1.1-3", "24-25".</summary>
    private string DateLike()
    {
        var parts = random.Next(1, 5);
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            if (i > 0)
            {
                text.Append(Pick(Separators));
            }
            text.Append(random.Next(6) switch
            {
                0 => random.Next(0, 10).ToString(CultureInfo.InvariantCulture),
                1 => random.Next(10, 100).ToString(CultureInfo.InvariantCulture),
                2 => random.Next(1, 32).ToString("D2", CultureInfo.InvariantCulture),
                3 => random.Next(1900, 2100).ToString(CultureInfo.InvariantCulture),
                4 => random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture),
                _ => "9999999999",
            });
        }
        return text.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
