using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Names and titles from the taxonomy, and the names learned while reading (surnames of discovered
/// people, acronyms). A state's name after a place preposition ("talks in Turkey") is a place.
/// </summary>
internal static class NameMentions
{
    public static void FindListed(RecognitionState state)
    {
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind == HitKind.TitleDescription)
            {
                state.Add(hit.Start, hit.End, hit.Value.Actor, MentionForm.Description);
            }
            else if (hit.Value.Kind == HitKind.Name && !IsPlace(state, hit))
            {
                state.Add(hit.Start, hit.End, hit.Value.Actor, MentionForm.Name);
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
        foreach (var (alias, actor) in state.LearnedAliases.Distinct())
        {
            if (alias.Length >= 2 && !state.Lexicon.NonNames.Contains(alias))
            {
                trie.Add(alias, CaseRule.Exact, actor);
            }
        }
        var hits = new List<PhraseHit<int>>();
        trie.Scan(state.Text, hits);
        foreach (var hit in hits)
        {
            if (state.LongestNameAt(hit.Start) is not { } listed || listed.End < hit.End)
            {
                state.Add(hit.Start, hit.End, hit.Value, MentionForm.Name);
            }
        }
    }

    private static bool IsPlace(RecognitionState state, PhraseHit<LexiconEntry> hit) =>
        state.Table[hit.Value.Actor].Kind == ActorKind.State
        && TextWords.WordBefore(state.Text, hit.Start) is { } word
        && state.Lexicon.PlacePrepositions.Contains(TextWords.Span(state.Text, word));
}
