using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "The General Court … the court held", "Bank of Russia … The bank had argued": "the" and the head
/// noun of an organisation's name (its last word, or the word before "of") take up that organisation,
/// when the noun is an institution's head (institution_heads: "Court", "Bank", not "News" or "Front") and exactly one organisation
/// named earlier has it as its head; with two courts named, "the court" is left alone. The noun is
/// lower case: "the Council" is a name or a title, read elsewhere.
/// </summary>
internal static class NameHeadAnaphora
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        // head noun (lower case) -> organisation -> where it is first named with that head
        var heads = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var name in state.Candidates.Where(c => c.Form == MentionForm.Name && state.Table[c.Actor].Kind == ActorKind.Organisation))
        {
            if (Head(state, name) is { } head)
            {
                var named = heads.TryGetValue(head, out var found) ? found : heads[head] = [];
                named[name.Actor] = Math.Min(name.Start, named.GetValueOrDefault(name.Actor, int.MaxValue));
            }
        }
        if (heads.Count == 0)
        {
            return;
        }
        // Each head is searched for (a vectorised scan), not every word of the text looked up.
        foreach (var (head, named) in heads)
        {
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
                if (OnlyOneNamedBefore(named, determiner.Start) is { } organisation)
                {
                    state.Add(determiner.Start, end, organisation, MentionForm.Description);
                }
            }
        }
    }

    /// <summary>
    /// The one organisation first named before <paramref name="position"/>, or null when none or several are.
    /// A loop, not a lambda: a closure over the loop's locals would cost an object per character scanned.
    /// </summary>
    private static int? OnlyOneNamedBefore(Dictionary<int, int> named, int position)
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

    /// <summary>The head noun of a name, lower-cased, when it is an organisation word: "Court" of "General Court", "Bank" of "Bank of Russia".</summary>
    private static string? Head(RecognitionState state, Candidate name)
    {
        var text = state.Text;
        (int Start, int End)? head = null;
        for (var pos = name.Start; pos < name.End && TextWords.WordStartingAt(text, pos) is { } word && word.End <= name.End; )
        {
            if (TextWords.Span(text, word).SequenceEqual("of"))
            {
                break;
            }
            head = word;
            if (TextWords.NextWordStart(text, word.End) is not { } next)
            {
                break;
            }
            pos = next;
        }
        return head is { } h && state.Lexicon.InstitutionHeads.Contains(TextWords.Span(text, h)) ? text[h.Start..h.End].ToLowerInvariant() : null;
    }

    private static bool FollowedByOf(string text, int end) =>
        TextWords.WordAfter(text, end) is { } next && TextWords.Span(text, next).SequenceEqual("of");
}
