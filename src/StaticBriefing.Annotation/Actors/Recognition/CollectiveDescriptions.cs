using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Collective descriptions: the adjective of a collective actor (not a state) before a plural
/// noun stands for that actor ("European leaders", "EU governments", "Western capitals"). A counted
/// group ("seven European leaders") names its members, so it is left alone, and a possessed form
/// ("Kyiv’s European allies") is the possessed-noun rule's.
/// </summary>
internal static class CollectiveDescriptions
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind != HitKind.CollectiveNoun)
            {
                continue;
            }
            if (!char.IsLower(text[hit.Start]) || TextWords.PreviousWordEnd(text, hit.Start) is not { } end
                || state.LongestEndingAt(end, HitKind.Adjective) is not { } adjective)
            {
                continue;
            }
            var actor = adjective.Value.Actor;
            if (state.Table[actor].Kind is ActorKind.State or ActorKind.Person || DescriptionTies.Possessor(state, adjective.Start) is not null
                && !IsDeterminer(state, adjective.Start))
            {
                continue;
            }
            var start = adjective.Start;
            if (TextWords.WordBefore(text, start) is { } before)
            {
                var word = TextWords.Span(text, before);
                if (state.Lexicon.GroupQuantifiers.Contains(word) || char.IsAsciiDigit(word[0]))
                {
                    continue;
                }
                start = state.Lexicon.Determiners.Contains(word) ? before.Start : start;
            }
            state.Add(start, hit.End, actor, MentionForm.Description);
        }
    }

    private static bool IsDeterminer(RecognitionState state, int adjectiveStart) =>
        TextWords.WordBefore(state.Text, adjectiveStart) is { } word && state.Lexicon.Determiners.Contains(TextWords.Span(state.Text, word));
}
