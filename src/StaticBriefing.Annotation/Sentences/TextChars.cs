namespace StaticBriefing.Annotation.Sentences;

/// <summary>Character classes shared by the splitter, the actor recognizer and the quote finder.</summary>
internal static class TextChars
{
    public static bool IsWord(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Space inside a line: blanks, tabs, no-break and other Unicode spaces.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u3000'
        || (c > '\u2000' && c < '\u200B');

    public static bool IsSpace(char c) => IsInlineSpace(c) || c is '\n' or '\r' or '\f' or '\v';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsClosing(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';

    public static bool IsOpening(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '¿' or '¡';
}
