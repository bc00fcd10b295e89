using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>How text meets a phrase trie's keys: the folding of characters into keys, and each phrase's own case rule.</summary>
internal static class TrieKeys
{
    // Turkish dotted capital İ and dotless ı fold to i, so "TÜRKİYE" in a capital line meets "Türkiye"
    // (invariant lower-casing leaves İ as it is); an exact rule still wants the letter as written.
    public static char Fold(char c) => c < 128
        ? (char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c is '\t' or '\n' or '\r' or '\f' or '\v' ? ' ' : c)
        : TextChars.IsSpace(c) ? ' ' : TextChars.IsApostrophe(c) ? '\'' : TextChars.IsHyphen(c) ? '-'
        : c is '\u0130' or '\u0131' ? 'i' : char.ToLowerInvariant(c);

    /// <summary>Whether the text at <paramref name="start"/> is written as the phrase's case rule asks (space in the phrase meets any run of space).</summary>
    public static bool CaseMatches(string text, int start, string phrase, CaseRule rule)
    {
        var t = start;
        var first = true;
        foreach (var c in phrase)
        {
            if (TextChars.IsSpace(c))
            {
                while (t < text.Length && TextChars.IsSpace(text[t]))
                {
                    t++;
                }
                continue;
            }
            var actual = text[t++];
            var same = first && rule == CaseRule.FirstLetterFree
                ? Fold(actual) == Fold(c)
                : actual == c || (Fold(actual) == Fold(c) && !char.IsLetter(c));
            if (!same)
            {
                return false;
            }
            first &= !char.IsLetter(c);
        }
        return true;
    }
}
