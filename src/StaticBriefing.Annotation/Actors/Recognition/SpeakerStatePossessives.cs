using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Meeting summaries name their speakers only by the state they sit for ("The representative of
/// Northland said …"), and the speaker's "her Government" or "his country" later in that paragraph
/// is that state. A paragraph (a line) opens with such an unnamed official when it starts with an
/// optional determiner, title modifiers and a title word, then "of" and a state's name. The noun names
/// the state's own actor for it where the taxonomy has one, else the state.
/// </summary>
internal static class SpeakerStatePossessives
{
    private const int MaxOpenerWords = 4;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        foreach (var (start, end) in TextLines.Of(text))
        {
            if (end - start < 8 || Opener(state, start) is not { } speaker)
            {
                continue;
            }
            var country = state.Table[speaker].CountryKey;
            for (var i = start; i < end; i++)
            {
                if (!TextChars.IsWord(text[i]) || (i > start && TextChars.IsWord(text[i - 1]))
                    || TextWords.WordStartingAt(text, i) is not { } word || !state.Lexicon.SpeakerPossessives.Contains(TextWords.Span(text, word))
                    || TextWords.WordAfter(text, word.End) is not { } noun || noun.End > end
                    || !state.Lexicon.SpeakerStateNouns.Contains(TextWords.Span(text, noun)))
                {
                    continue;
                }
                var own = state.Lexicon.ActorForNoun(country, TextWords.Span(text, noun).ToString());
                state.Add(word.Start, noun.End, own >= 0 ? own : speaker, MentionForm.Description);
            }
        }
    }

    /// <summary>The state of the unnamed official a line opens with ("The Permanent Representative of X"), or null.</summary>
    private static int? Opener(RecognitionState state, int lineStart)
    {
        var text = state.Text;
        var pos = lineStart;
        while (pos < text.Length && TextChars.IsInlineSpace(text[pos]))
        {
            pos++;
        }
        for (var words = 0; words < MaxOpenerWords && TextWords.WordStartingAt(text, pos) is { } word; words++)
        {
            var span = TextWords.Span(text, word);
            if (state.LongestAt(word.Start, HitKind.TitleWord) is { } title)
            {
                return StateAfterOf(state, title.End);
            }
            if (!(words == 0 && state.Lexicon.Determiners.Contains(span)) && !state.Lexicon.TitleModifiers.Contains(span)
                || TextWords.NextWordStart(text, word.End) is not { } next)
            {
                return null;
            }
            pos = next;
        }
        return null;
    }

    private static int? StateAfterOf(RecognitionState state, int titleEnd)
    {
        var text = state.Text;
        if (TextWords.WordAfter(text, titleEnd) is not { } of || !TextWords.Span(text, of).SequenceEqual("of")
            || TextWords.NextWordStart(text, of.End) is not { } next)
        {
            return null;
        }
        if (TextWords.WordStartingAt(text, next) is { } article && state.Lexicon.Determiners.Contains(TextWords.Span(text, article)))
        {
            next = TextWords.NextWordStart(text, article.End) ?? next;
        }
        return state.LongestNameAt(next) is { } name && state.Table[name.Value.Actor].Kind == ActorKind.State ? name.Value.Actor : null;
    }
}
