using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Names and titles from the taxonomy, and the names learned while reading (surnames of people
/// named in full, acronyms). A state's name after a place preposition ("talks in Turkey") is a place, and
/// a name closing a longer unknown name ("Novaya Gazeta Europe") is part of that name, and a
/// navigation line ("World | Switzerland | Sport") names no one.
/// </summary>
internal static class NameMentions
{
    public static void FindListed(RecognitionState state)
    {
        var headings = new UnknownNameContext(state);
        var menus = new MenuLines(state.Text);
        foreach (var hit in state.Hits)
        {
            if (menus.Contains(hit.Start))
            {
                continue;
            }
            if (hit.Value.Kind == HitKind.TitleDescription)
            {
                state.Add(hit.Start, hit.End, hit.Value.Actor, MentionForm.Description);
            }
            else if (hit.Value.Kind == HitKind.Name && !IsPlace(state, hit) && !headings.EndsUnknownName(hit.Start))
            {
                state.Add(hit.Start, hit.End, hit.Value.Actor, MentionForm.Name);
                LearnSurname(state, hit);
            }
        }
    }

    public static void FindLearned(RecognitionState state)
    {
        if (state.LearnedAliases.Count == 0)
        {
            return;
        }
        var trie = new PhraseTrie<int>();
        foreach (var (alias, actor) in state.LearnedAliases)
        {
            if (alias.Length >= 2 && !state.Lexicon.NonNames.Contains(alias))
            {
                trie.Add(alias, CaseRule.Exact, actor);
            }
        }
        var hits = new List<PhraseHit<int>>();
        trie.Scan(state.Text, hits, state.Capitals);
        foreach (var hit in hits)
        {
            if (state.LongestNameAt(hit.Start) is not { } listed || listed.End < hit.End)
            {
                state.Add(hit.Start, hit.End, hit.Value, MentionForm.Name);
            }
        }
    }

    /// <summary>Once a person is named in full, the surname alone names them too ("Lindsey Graham … Graham said").</summary>
    private static void LearnSurname(RecognitionState state, PhraseHit<LexiconEntry> hit)
    {
        var name = hit.Value.Text;
        var space = name.LastIndexOf(' ');
        if (state.Table[hit.Value.Actor].Kind != ActorKind.Person || space < 0)
        {
            return;
        }
        var surname = name[(space + 1)..];
        if (surname.Length >= 3 && char.IsUpper(surname[0]) && surname.Skip(1).All(char.IsLower))
        {
            state.LearnedAliases.Add((surname, hit.Value.Actor));
        }
    }

    private static bool IsPlace(RecognitionState state, PhraseHit<LexiconEntry> hit) =>
        state.Table[hit.Value.Actor].Kind == ActorKind.State
        && TextWords.WordBefore(state.Text, hit.Start) is { } word
        && state.Lexicon.PlacePrepositions.Contains(TextWords.Span(state.Text, word));
}
