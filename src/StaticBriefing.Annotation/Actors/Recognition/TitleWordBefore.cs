namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A title word or modifier ending where a titled name's head reaches back to ("Foreign Minister",
/// "Human Rights Commissioner"), also a modifier in the possessive ("Children's Rights Commissioner").
/// </summary>
internal static class TitleWordBefore
{
    public static int? Start(RecognitionState state, int end)
    {
        var text = state.Text;
        if (end >= 3 && TextWords.IsPossessiveAt(text, end - 2) && TextWords.WordEndingAt(text, end - 2) is { } owner
            && state.Lexicon.TitleModifiers.Contains(TextWords.Span(text, owner)))
        {
            return owner.Start;
        }
        return TextWords.WordEndingAt(text, end) is { } word
            && (state.Lexicon.Titles.Contains(TextWords.Span(text, word)) || state.Lexicon.TitleModifiers.Contains(TextWords.Span(text, word)))
            ? word.Start
            : null;
    }
}
