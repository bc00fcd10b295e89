using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Discovers a person named in apposition after a role word: "Ukraine’s human rights commissioner,
/// Dmytro Lubinets, said …", "His Russian counterpart, Tatyana Moskalkova, …". The name has at least
/// two capitalised words, is set off by commas on both sides (or ends the sentence) and looks like no organisation; the
/// description before it is then read by <see cref="Appositives"/>.
/// </summary>
internal static class AppositiveNames
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        var reader = new NameReader(state);
        for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
        {
            if (comma + 2 >= text.Length || !TextChars.IsInlineSpace(text[comma + 1]) || !char.IsUpper(text[comma + 2])
                || TextWords.WordEndingAt(text, comma) is not { } role || role.End != comma
                || !state.Lexicon.RoleWords.Contains(TextWords.Span(text, role)) || !char.IsLower(text[role.Start]))
            {
                continue;
            }
            var start = comma + 2;
            if (state.LongestNameAt(start) is not null
                || reader.ReadForward(start) is not { Words: >= 2, LooksLikeOrganisation: false } name
                || name.End >= text.Length || !ClosesApposition(text, name.End) || IsRoleWord(state, start))
            {
                continue;
            }
            CueDiscovery.Discover(state, name, organisation: false, text[role.Start..role.End]);
        }
    }

    /// <summary>A comma closes the apposition, or the sentence's stop does ("…, said the committee's chairman, NAME.").</summary>
    private static bool ClosesApposition(string text, int end) =>
        text[end] == ',' || (text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])));

    /// <summary>"the minister, President Macron": a title opening the name is another titled form, not a bare name.</summary>
    private static bool IsRoleWord(RecognitionState state, int start) =>
        TextWords.WordStartingAt(state.Text, start) is { } word && state.Lexicon.RoleWords.Contains(TextWords.Span(state.Text, word));
}
