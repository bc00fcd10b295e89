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

    /// <summary>A paragraph of running text: several words ending like a sentence.</summary>
    public static bool IsProse(string text) => EndsSentence(text) && WordCount(text) >= 8;
}
