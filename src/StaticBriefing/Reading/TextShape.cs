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

    /// <summary>
    /// Ends like a sentence: . ! ? or : possibly followed by closing quotes or brackets, and by note
    /// marks glued to it (an encyclopaedia's "… was complete.[3]", "….[citation needed]").
    /// </summary>
    public static bool EndsSentence(string text)
    {
        var end = WithoutNoteMarks(text.TrimEnd()).TrimEnd('"', '\'', '”', '’', ')', ']', '»');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':' or '…';
    }

    private const int NoteMarkMaxChars = 30;
    private const int NoteMarksMax = 5;

    /// <summary>The text without the bracketed note marks glued to its end ("[1][2]", "[citation needed]").</summary>
    public static string WithoutNoteMarks(string text)
    {
        for (var marks = 0; marks < NoteMarksMax && text.EndsWith(']'); marks++)
        {
            var open = text.LastIndexOf('[', text.Length - 1, Math.Min(text.Length, NoteMarkMaxChars + 2));
            var inner = open < 0 ? "" : text[(open + 1)..^1];
            // A mark is glued to the word or stop before it and holds no bracket or edge space of its own.
            if (open < 1 || char.IsWhiteSpace(text[open - 1]) || inner.Length == 0 || inner.Trim().Length != inner.Length || inner.Contains(']'))
            {
                break;
            }
            text = text[..open];
        }
        return text;
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
        return words >= minWords && words <= maxWords && char.IsUpper(WithoutSubjectTag(text.TrimStart())[0]) && !EndsSentence(text);
    }

    private const int SubjectTagMaxChars = 30;

    /// <summary>The text after a mailing list's subject tag ("[PTW] Weekly digest"), which a subject line starts with.</summary>
    private static string WithoutSubjectTag(string text)
    {
        var close = text.StartsWith('[') ? text.IndexOf("] ", 1, Math.Min(text.Length - 1, SubjectTagMaxChars), StringComparison.Ordinal) : -1;
        return close > 1 && text[(close + 2)..].TrimStart() is { Length: > 0 } rest ? rest : text;
    }

    /// <summary>A paragraph of running text: several words ending like a sentence.</summary>
    public static bool IsProse(string text) => EndsSentence(text) && WordCount(text) >= 8;
}
