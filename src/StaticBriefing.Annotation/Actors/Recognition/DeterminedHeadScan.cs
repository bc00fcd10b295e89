using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Where a head word of an organisation's name stands alone after an anaphoric determiner ("the court",
/// "the Committee"): a whole word, not followed by a name, a title or "of" (which would open a longer name).
/// Shared by the anaphora readers that take such a word up as the one organisation named before.
/// </summary>
internal static class DeterminedHeadScan
{
    /// <summary>Each such occurrence of <paramref name="head"/>: the word's span and where its determiner starts.</summary>
    public static List<(int Start, int End, int DeterminerStart)> Find(RecognitionState state, string head)
    {
        var text = state.Text;
        var found = new List<(int, int, int)>();
        // Each head is searched for (a vectorised scan), not every word of the text looked up.
        for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
        {
            var end = at + head.Length;
            if ((at > 0 && TextChars.IsWord(text[at - 1])) || TextWords.WordStartingAt(text, at) is not { } word || word.End != end
                || TextWords.WordBefore(text, at) is not { } determiner || determiner.End + 1 != at
                || !state.Lexicon.AnaphoricDeterminers.Contains(TextWords.Span(text, determiner))
                || DescriptionTies.FollowedByNameOrTitle(state, end) || FollowedByOf(text, end))
            {
                continue;
            }
            found.Add((at, end, determiner.Start));
        }
        return found;
    }

    /// <summary>
    /// The one organisation first named before <paramref name="position"/>, or null when none or several are.
    /// A loop, not a lambda: a closure over the loop's locals would cost an object per character scanned.
    /// </summary>
    public static int? OnlyOneNamedBefore(Dictionary<int, int> named, int position)
    {
        int? found = null;
        foreach (var (organisation, firstNamed) in named)
        {
            if (firstNamed >= position)
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = organisation;
        }
        return found;
    }

    private static bool FollowedByOf(string text, int end) =>
        TextWords.WordAfter(text, end) is { } next && TextWords.Span(text, next).SequenceEqual("of");
}
