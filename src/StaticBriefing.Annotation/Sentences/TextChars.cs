using System.Buffers;
using System.Runtime.CompilerServices;

namespace StaticBriefing.Annotation.Sentences;

/// <summary>Character classes shared by the splitter, the actor recognizer and the quote finder.</summary>
internal static class TextChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Space inside a line: blanks, tabs, no-break and other Unicode spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInlineSpace(char c) => c < 128 ? c is ' ' or '\t' : IsOtherInlineSpace(c);

    /// <summary>The non-ASCII spaces; the ASCII tests are inlined because they run on every character.</summary>
    private static bool IsOtherInlineSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u3000'
        || (c > '\u2000' && c < '\u200B');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 128 ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' : IsOtherInlineSpace(c);

    /// <summary>The span [start, end) of <paramref name="text"/> without the spaces (line breaks included) at its ends.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Letters, none of them lower case: "WHAT RUSSIA WANTS", "NATO".</summary>
    public static bool IsInCapitals(ReadOnlySpan<char> span)
    {
        var letters = false;
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters |= char.IsLetter(c);
        }
        return letters;
    }

    // Every ASCII character but the capitals: char.IsUpper holds for no other ASCII character.
    private static readonly SearchValues<char> AsciiNotUpper = SearchValues.Create(
        Enumerable.Range(0, 128).Select(code => (char)code).Where(c => !char.IsAsciiLetterUpper(c)).ToArray());

    /// <summary>
    /// The first index from <paramref name="from"/> that may hold an upper-case letter (an ASCII capital
    /// or any non-ASCII character, to be tested), or the text's length: a vectorised jump over the rest.
    /// </summary>
    public static int NextMaybeUpper(string text, int from)
    {
        if (from >= text.Length)
        {
            return text.Length;
        }
        var found = text.AsSpan(from).IndexOfAnyExcept(AsciiNotUpper);
        return found < 0 ? text.Length : from + found;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsClosing(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';

    public static bool IsOpening(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '¿' or '¡';
}
