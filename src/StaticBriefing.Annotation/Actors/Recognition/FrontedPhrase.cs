namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A sentence opening with a prepositional phrase ("At the meeting with NAME, the president thanked …",
/// "With NAME, the president discussed …"): the first comma closes the phrase, so what follows it is
/// the main clause, not an apposition, unless a second comma closes it as one ("According to NAME, the
/// minister, …").
/// </summary>
internal static class FrontedPhrase
{
    /// <summary>Whether <paramref name="position"/> stands in a preposition-led phrase before the sentence's first comma.</summary>
    public static bool Holds(RecognitionState state, int position)
    {
        var text = state.Text;
        var start = state.SentenceStart(state.SentenceOf(position));
        if (TextWords.WordStartingAt(text, start) is not { } first)
        {
            return false;
        }
        var word = TextWords.Span(text, first);
        return (state.Lexicon.ClauseStops.Contains(word) || state.Lexicon.PlacePrepositions.Contains(word))
            && text.AsSpan(start, position - start).IndexOfAny(',', '\n') < 0;
    }
}
