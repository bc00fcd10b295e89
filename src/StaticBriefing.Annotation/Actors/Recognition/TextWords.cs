using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>Word-level steps through the text around a position, never across a paragraph break.</summary>
internal static class TextWords
{
    /// <summary>Where the next word starts after <paramref name="pos"/>, if only space (one line break at most) lies between.</summary>
    public static int? NextWordStart(string text, int pos)
    {
        var i = pos;
        var breaks = 0;
        while (i < text.Length && TextChars.IsSpace(text[i]))
        {
            if (text[i] == '\n' && ++breaks > 1)
            {
                return null;
            }
            i++;
        }
        return i > pos && i < text.Length ? i : null;
    }

    /// <summary>Where the previous word ends before <paramref name="pos"/>, if only space lies between.</summary>
    public static int? PreviousWordEnd(string text, int pos)
    {
        var i = pos;
        var breaks = 0;
        while (i > 0 && TextChars.IsSpace(text[i - 1]))
        {
            if (text[i - 1] == '\n' && ++breaks > 1)
            {
                return null;
            }
            i--;
        }
        return i < pos && i > 0 ? i : null;
    }

    /// <summary>The word (letters, digits, inner hyphens and full stops) ending at <paramref name="end"/>.</summary>
    public static (int Start, int End)? WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && (TextChars.IsWord(text[start - 1]) || text[start - 1] == '.' || TextChars.IsHyphen(text[start - 1])))
        {
            start--;
        }
        while (start < end && !TextChars.IsWord(text[start]))
        {
            start++;
        }
        return start < end ? (start, end) : null;
    }

    /// <summary>The word (letters, digits, inner hyphens) starting at <paramref name="start"/>, with a final full stop when one follows.</summary>
    public static (int Start, int End)? WordStartingAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && (TextChars.IsWord(text[end])
            || (TextChars.IsHyphen(text[end]) && end + 1 < text.Length && TextChars.IsWord(text[end + 1]))))
        {
            end++;
        }
        return end > start ? (start, end) : null;
    }

    /// <summary>The previous word before <paramref name="pos"/>, with any full stop it ends with.</summary>
    public static (int Start, int End)? WordBefore(string text, int pos) =>
        PreviousWordEnd(text, pos) is { } end ? WordEndingAt(text, end) : null;

    /// <summary>Is the word right before <paramref name="start"/> exactly <paramref name="word"/> ("of" in "head of Russian delegation")?</summary>
    public static bool FollowsWord(string text, int start, string word) =>
        WordBefore(text, start) is { } before && Span(text, before).SequenceEqual(word);

    /// <summary>Is the word at <paramref name="start"/> preceded by "of" or "of the", the "of" at or after <paramref name="from"/>?</summary>
    public static bool FollowsOf(string text, int start, int from)
    {
        if (WordBefore(text, start) is not { } word)
        {
            return false;
        }
        if (Span(text, word).SequenceEqual("the"))
        {
            word = WordBefore(text, word.Start) ?? word;
        }
        return word.Start >= from && Span(text, word).SequenceEqual("of");
    }

    /// <summary>A lower-case word between capitalised ones ("for" in "Minister for Foreign Affairs"): part of a name or title.</summary>
    public static bool JoinsCapitalisedWords(string text, (int Start, int End) word) =>
        char.IsLower(text[word.Start])
        && WordAfter(text, word.End) is { } after && char.IsUpper(text[after.Start])
        && WordBefore(text, word.Start) is { } before && char.IsUpper(text[before.Start]);

    public static (int Start, int End)? WordAfter(string text, int pos) =>
        NextWordStart(text, pos) is { } start ? WordStartingAt(text, start) : null;

    /// <summary>Does a possessive ’s / 's start at <paramref name="pos"/>?</summary>
    public static bool IsPossessiveAt(string text, int pos) =>
        pos + 1 < text.Length && TextChars.IsApostrophe(text[pos]) && text[pos + 1] == 's'
        && (pos + 2 == text.Length || !TextChars.IsWord(text[pos + 2]));

    public static ReadOnlySpan<char> Span(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    /// <summary>The word without a final full stop ("Mr." → "Mr").</summary>
    public static ReadOnlySpan<char> Bare(string text, (int Start, int End) word) => Span(text, word).TrimEnd('.');

    /// <summary>
    /// The next position after <paramref name="i"/> that opens a bracket or a line (all the layout scan
    /// reads), or the text's length: a vectorised search instead of a test per character.
    /// </summary>
    public static int NextBracketOrLineStart(string text, int i)
    {
        var from = text[i] == '(' ? i + 1 : i;
        var found = from < text.Length ? text.AsSpan(from).IndexOfAny('(', '\n') : -1;
        if (found < 0)
        {
            return text.Length;
        }
        var at = from + found;
        return text[at] == '\n' ? at + 1 : at;
    }
}
