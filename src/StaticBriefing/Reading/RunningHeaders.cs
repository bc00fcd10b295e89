namespace StaticBriefing.Reading;

/// <summary>
/// A PDF's running headers and footers, which an extractor leaves between the pages: the same short
/// line printed three times or more, with the page number after or before it ("RESEARCH SERVICE 3",
/// "4 | Title of the Paper"). A line that never carries a number must be a title's length (four words
/// or more): a speaker's label or a short subheading repeated on a page is content.
/// </summary>
public static class RunningHeaders
{
    private const int MinCopies = 3;
    private const int MinWordsWithoutNumber = 4;
    private const int MaxPageNumberDigits = 4;

    public static void Mark(string[] texts, int maxWords, bool[] chrome)
    {
        var copies = new Dictionary<string, (int Count, bool Numbered)>(StringComparer.Ordinal);
        var keys = new string?[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            if (text.Length == 0 || TextShape.EndsSentence(text) || TextShape.WordCount(text) > maxWords + 1)
            {
                continue;
            }
            var (key, numbered) = WithoutPageNumber(text);
            if (key.Length == 0 || !key.Any(char.IsLetter))
            {
                continue;
            }
            keys[i] = key;
            var seen = copies.GetValueOrDefault(key);
            copies[key] = (seen.Count + 1, seen.Numbered || numbered);
        }
        for (var i = 0; i < texts.Length; i++)
        {
            if (keys[i] is { } key && copies[key] is var (count, numbered) && count >= MinCopies
                && (numbered || TextShape.WordCount(key) >= MinWordsWithoutNumber))
            {
                chrome[i] = true;
            }
        }
    }

    /// <summary>The line without a page number at either end (its case kept: a title the header repeats in capitals stays), and whether it had one.</summary>
    private static (string Key, bool Numbered) WithoutPageNumber(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var numbered = false;
        if (words.Count > 1 && IsPageNumber(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
            numbered = true;
        }
        else if (words.Count > 1 && IsPageNumber(words[0]))
        {
            words.RemoveAt(0);
            numbered = true;
        }
        var key = string.Join(' ', words).Trim('|', '·', '•', '-', '–', '—', ' ');
        return (key, numbered);
    }

    private static bool IsPageNumber(string word) => word.Length <= MaxPageNumberDigits && word.All(char.IsAsciiDigit);
}
