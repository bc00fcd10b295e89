namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The head a title word leaves for "the minister" later on. A rank modifier right before it is part of
/// the head ("Vice President JD Vance" is no "the president"), other modifiers are not ("the foreign
/// minister" still takes up "minister").
/// </summary>
internal static class TitleHead
{
    public static string Of(RecognitionState state, int titleStart, int titleEnd)
    {
        var text = state.Text;
        var head = text[titleStart..titleEnd].TrimEnd('.').ToLowerInvariant();
        return TextWords.WordBefore(text, titleStart) is { } word && state.Lexicon.RankModifiers.Contains(TextWords.Bare(text, word))
            ? TextWords.Bare(text, word).ToString().ToLowerInvariant() + " " + head
            : head;
    }
}
