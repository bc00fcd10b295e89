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
        foreach (var (head, named) in heads)
        {
            foreach (var (_, end, determinerStart) in DeterminedHeadScan.Find(state, head))
            {
                if (DeterminedHeadScan.OnlyOneNamedBefore(named, determinerStart) is { } organisation)
                {
                    state.Add(determinerStart, end, organisation, MentionForm.Description);
                }
            }
        }
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
}
