using System.Globalization;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Crude content words and numbers of a sentence, for telling whether two sources report the
/// same thing. Short words are left out as a language-neutral stand-in for a stop list.
/// </summary>
public static class SentenceWords
{
    private const int MinimumLength = 5;

    public static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= MinimumLength)
                {
                    words.Add(text[start..i].ToLowerInvariant());
                }
                start = -1;
            }
        }
        return words;
    }

    /// <summary>The numbers written in a text, "7,000" read as 7000.</summary>
    public static SortedSet<decimal> Numbers(string text)
    {
        var numbers = new SortedSet<decimal>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }
            if (decimal.TryParse(text[start..i].Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
        }
        return numbers;
    }

    /// <summary>Shared words over the smaller set; 1 when one sentence's words are all in the other.</summary>
    public static double Overlap(HashSet<string> first, HashSet<string> second, out int shared)
    {
        shared = first.Count(second.Contains);
        var smaller = Math.Min(first.Count, second.Count);
        return smaller == 0 ? 0 : (double)shared / smaller;
    }
}
