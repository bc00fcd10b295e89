using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Tells whether a listed name is only the tail of a longer capitalised name the lexicon does not
/// know ("Europe" in "Novaya Gazeta Europe"): the word before it is capitalised, is not the first
/// word of its sentence or clause (after a colon: "ALDOUS: Mainly NAME"; a capitals lead-in:
/// "FOR MONTHS NAME"), and is no cue (title, modifier, adjective, other name, non-name word).
/// Title-case headings, where every word is capitalised, are left alone.
/// </summary>
internal sealed class UnknownNameContext(RecognitionState state)
{
    private const double HeadingShare = 0.75;
    private const int MaxLeadIn = 60;

    private readonly Dictionary<int, bool> headingBySentence = [];

    public bool EndsUnknownName(int nameStart)
    {
        var text = state.Text;
        if (nameStart == 0 || !TextChars.IsInlineSpace(text[nameStart - 1])
            || TextWords.WordBefore(text, nameStart) is not { } word || !char.IsUpper(text[word.Start]))
        {
            return false;
        }
        var span = TextWords.Span(text, word);
        var sentence = state.SentenceOf(nameStart);
        if (word.Start <= state.SentenceStart(sentence) || OpensClause(state.SentenceStart(sentence), word.Start, word.End) || span.Contains('.')
            || state.Lexicon.NonNames.Contains(span) || state.Lexicon.Titles.Contains(span) || state.Lexicon.TitleModifiers.Contains(span)
            || state.Lexicon.Determiners.Contains(span)
            || state.LongestEndingAt(word.End, HitKind.Adjective) is not null || state.LongestNameEndingAt(word.End) is not null)
        {
            return false;
        }
        return !IsHeading(sentence, nameStart);
    }

    /// <summary>Does the word open its clause after a colon, or end a lead-in written in capitals from the sentence start?</summary>
    private bool OpensClause(int sentenceStart, int wordStart, int wordEnd)
    {
        var text = state.Text;
        var before = wordStart;
        while (before > sentenceStart && TextChars.IsInlineSpace(text[before - 1]))
        {
            before--;
        }
        if (before > sentenceStart && text[before - 1] == ':')
        {
            return true;
        }
        if (wordEnd - sentenceStart > MaxLeadIn)
        {
            return false;
        }
        var letters = 0;
        for (var i = sentenceStart; i < wordEnd; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
            letters += char.IsLetter(text[i]) ? 1 : 0;
        }
        return letters >= 4;
    }

    private bool IsHeading(int sentence, int position)
    {
        if (headingBySentence.TryGetValue(sentence, out var heading))
        {
            return heading;
        }
        var text = state.Text;
        var start = state.SentenceStart(sentence);
        int words = 0, capitalised = 0;
        for (var i = start; i < text.Length && (i < position || !TextChars.IsTerminal(text[i])) && text[i] != '\n'; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !TextChars.IsWord(text[i - 1])) && TextWords.WordStartingAt(text, i) is { } word && word.End - word.Start >= 4)
            {
                words++;
                capitalised += char.IsUpper(text[i]) ? 1 : 0;
            }
        }
        heading = words > 0 && capitalised >= HeadingShare * words;
        headingBySentence[sentence] = heading;
        return heading;
    }
}
