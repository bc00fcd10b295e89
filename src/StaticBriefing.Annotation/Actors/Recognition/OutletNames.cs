namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Outlets named anywhere: a capitalised name of two or more words whose last word is an outlet
/// word ("an interview with Channel Nine News") is a news organisation. So is a name ending in an
/// institution's word (institution_name_ends: "Marine War Risks Committee", "NAME Ratings") an
/// organisation. The first word must be a proper name of its own ("News Agency" is no outlet's
/// name), and listed names win.
/// </summary>
internal static class OutletNames
{
    public static void Find(RecognitionState state)
    {
        Find(state, state.Lexicon.OutletWords, "news organisation", anyCapital: false);
        // An institution's name may hold words that open no name alone ("Marine War Risks Committee").
        Find(state, state.Lexicon.InstitutionNameEnds, "organisation", anyCapital: true);
    }

    private static void Find(RecognitionState state, WordSet lastWords, string role, bool anyCapital)
    {
        var text = state.Text;
        var reader = new NameReader(state);
        // Only a capital can open a name: the scan jumps from one possible capital to the next.
        for (var i = Sentences.TextChars.NextMaybeUpper(text, 0); i < text.Length; i = Sentences.TextChars.NextMaybeUpper(text, i + 1))
        {
            if (!char.IsUpper(text[i]) || (i > 0 && Sentences.TextChars.IsWord(text[i - 1])) || TextWords.WordStartingAt(text, i) is not { } word)
            {
                continue;
            }
            i = word.End;
            if (!lastWords.Contains(TextWords.Span(text, word)) || state.LongestNameEndingAt(word.End) is not null
                || ContinuesName(text, word.End)
                || reader.ReadBackward(word.End, anyCapital: anyCapital) is not { Words: >= 2 } name || state.LongestNameAt(name.Start) is not null
                || TextWords.WordStartingAt(text, name.Start) is not { } first || IsOrganisationWord(state, TextWords.Span(text, first))
                || text.AsSpan(name.Start, name.End - name.Start).Contains('\n'))
            {
                continue;
            }
            CueDiscovery.Discover(state, name, organisation: true, role);
        }
    }

    /// <summary>Is the outlet word followed by another capitalised word ("News Report")? Then it does not end the name.</summary>
    private static bool ContinuesName(string text, int end) =>
        end + 1 < text.Length && Sentences.TextChars.IsInlineSpace(text[end]) && char.IsUpper(text[end + 1]);

    private static bool IsOrganisationWord(RecognitionState state, ReadOnlySpan<char> word) => state.Lexicon.OutletWords.Contains(word);
}
