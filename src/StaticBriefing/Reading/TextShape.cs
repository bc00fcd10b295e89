namespace StaticBriefing.Reading;

/// <summary>Small facts about a line's shape used by several reading rules.</summary>
public static class TextShape
{
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return count;
    }

    /// <summary>Ends like a sentence: . ! ? or : possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')', ']', '»');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':' or '…';
    }

    public static bool StartsLowercase(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    /// <summary>Shaped like a headline: a capital, <paramref name="minWords"/> to <paramref name="maxWords"/> words, no closing stop.</summary>
    public static bool IsHeadline(string text, int minWords, int maxWords)
    {
        var words = WordCount(text);
        return words >= minWords && words <= maxWords && char.IsUpper(text.TrimStart()[0]) && !EndsSentence(text);
    }

    /// <summary>A paragraph of running text: several words ending like a sentence.</summary>
    public static bool IsProse(string text) => EndsSentence(text) && WordCount(text) >= 8;
}
