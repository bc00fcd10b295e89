using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>
/// Where a text is set in capitals, so that a name there may match whatever its own capitalisation
/// ("WHAT RUSSIA WANTS", "PRESIDENT DONALD TRUMP: …"): a line of two or more words without a
/// lowercase letter, or a run of two or more all-capital words inside a line. A lone capitalised
/// word in a mixed line ("MOSCOW, January 25") is a dateline or an acronym, not such a run.
/// </summary>
internal sealed class CapitalRuns
{
    private const int MinWords = 2;

    private readonly string text;
    private readonly LineSet capitalLines;

    public CapitalRuns(string text)
    {
        this.text = text;
        capitalLines = new LineSet(text, IsCapitalLine);
    }

    /// <summary>Is <c>[start, end)</c> written in capitals, inside a capital line or a run of capital words?</summary>
    public bool Allows(int start, int end)
    {
        return TextChars.IsInCapitals(text.AsSpan(start, end - start)) && (capitalLines.Contains(start) || RunWords(start, end) >= MinWords);
    }

    /// <summary>How many all-capital words the run holding <c>[start, end)</c> has, on its own line.</summary>
    private int RunWords(int start, int end)
    {
        var words = WordsIn(start, end);
        for (var pos = start; words < MinWords && PreviousCapitalWord(pos) is { } before; pos = before)
        {
            words++;
        }
        for (var pos = end; words < MinWords && NextCapitalWord(pos) is { } after; pos = after)
        {
            words++;
        }
        return words;
    }

    private int WordsIn(int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += TextChars.IsWord(text[i]) && (i == start || !TextChars.IsWord(text[i - 1])) ? 1 : 0;
        }
        return words;
    }

    /// <summary>The start of the all-capital word right before <paramref name="pos"/> on the same line, if any.</summary>
    private int? PreviousCapitalWord(int pos)
    {
        var i = pos;
        while (i > 0 && TextChars.IsInlineSpace(text[i - 1]))
        {
            i--;
        }
        var end = i;
        while (i > 0 && (TextChars.IsWord(text[i - 1]) || TextChars.IsHyphen(text[i - 1])))
        {
            i--;
        }
        return end < pos && i < end && IsCapitalWord(text.AsSpan(i, end - i)) ? i : null;
    }

    /// <summary>The end of the all-capital word right after <paramref name="pos"/> on the same line, if any.</summary>
    private int? NextCapitalWord(int pos)
    {
        var i = pos;
        while (i < text.Length && TextChars.IsInlineSpace(text[i]))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (TextChars.IsWord(text[i]) || TextChars.IsHyphen(text[i])))
        {
            i++;
        }
        return start > pos && i > start && IsCapitalWord(text.AsSpan(start, i - start)) ? i : null;
    }

    private static bool IsCapitalWord(ReadOnlySpan<char> word) => word.Length >= 2 && TextChars.IsInCapitals(word);

    private static bool IsCapitalLine(ReadOnlySpan<char> line)
    {
        if (!TextChars.IsInCapitals(line))
        {
            return false;
        }
        var words = 0;
        for (var i = 0; i < line.Length; i++)
        {
            words += char.IsLetter(line[i]) && (i == 0 || !TextChars.IsWord(line[i - 1])) ? 1 : 0;
        }
        return words >= MinWords;
    }
}
