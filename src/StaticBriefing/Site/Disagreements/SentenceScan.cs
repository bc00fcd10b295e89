namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// Words of a sentence as the finders need them: lower-case letter runs, and the word just before a
/// position. A plain character walk: linear on any input, no regular expression.
/// </summary>
public static class SentenceScan
{
    public static HashSet<string> Words(string text)
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
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>The word ending just before <paramref name="position"/> (spaces skipped, not punctuation), lower case; "" when none.</summary>
    public static string WordBefore(string text, int position) => text[StartOfWordBefore(text, position)..EndBefore(text, position)].ToLowerInvariant();

    public static int StartOfWordBefore(string text, int position)
    {
        var start = EndBefore(text, position);
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start;
    }

    private static int EndBefore(string text, int position)
    {
        var end = Math.Clamp(position, 0, text.Length);
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        return end;
    }
}
