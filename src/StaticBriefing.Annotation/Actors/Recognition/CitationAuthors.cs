using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The author of a cited work in a reference list, written inverted before the work's date:
/// "Lindgren, Maja (4 August 2026)." names the person Maja Lindgren, and "Lindgren, Maja" is the
/// mention (the surface string that names her). The bracket must hold a year and close with a full
/// stop right after it, the citation style of encyclopaedias and papers; a listed name or a word
/// that never starts a name ("However, Russia (2025).") is no author.
/// </summary>
internal static class CitationAuthors
{
    private const int MaxDateChars = 40;
    private const int MaxGivenNames = 2;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        for (var open = text.IndexOf(" (", StringComparison.Ordinal); open > 0; open = text.IndexOf(" (", open + 2, StringComparison.Ordinal))
        {
            var close = text.IndexOf(')', open + 2, Math.Min(MaxDateChars, text.Length - open - 2));
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != '.' || !HasYear(text.AsSpan(open + 2, close - open - 2))
                || Author(state, open) is not { } author)
            {
                continue;
            }
            var (surname, givenStart) = author;
            var name = text[givenStart..open] + " " + text[surname.Start..surname.End];
            var actor = state.Table.Discover(name, ActorKind.Person, "none", "author of a cited work");
            state.Add(surname.Start, open, actor, MentionForm.Name);
        }
    }

    /// <summary>"Surname, Given [Given]" ending at <paramref name="end"/>: the surname and where the given names start.</summary>
    private static ((int Start, int End) Surname, int GivenStart)? Author(RecognitionState state, int end)
    {
        var text = state.Text;
        int? givenStart = null;
        var pos = end;
        for (var names = 0; names < MaxGivenNames && TextWords.WordEndingAt(text, pos) is { } given && IsName(state, given); names++)
        {
            givenStart = given.Start;
            if (given.Start < 2 || text[given.Start - 1] != ' ')
            {
                break;
            }
            if (text[given.Start - 2] == ',')
            {
                break;
            }
            pos = given.Start - 1;
        }
        if (givenStart is not { } start || start < 3 || text[start - 1] != ' ' || text[start - 2] != ','
            || TextWords.WordEndingAt(text, start - 2) is not { } surname || !IsName(state, surname) || state.LongestNameAt(surname.Start) is not null)
        {
            return null;
        }
        return (surname, start);
    }

    private static bool IsName(RecognitionState state, (int Start, int End) word) =>
        char.IsUpper(state.Text[word.Start]) && word.End - word.Start > 1 && !state.Lexicon.NonNames.Contains(TextWords.Span(state.Text, word))
        && state.LongestNameAt(word.Start) is null;

    private static bool HasYear(ReadOnlySpan<char> date)
    {
        var run = 0;
        foreach (var c in date)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }
}
