using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Turns candidates into the final actors. One span per actor counts once. A mention inside a
/// longer name of the same actor is dropped ("Peskov" inside "Dmitry Peskov"), while titled forms
/// and descriptions keep the names inside them ("Turkey" in "the government of Turkey"). A name inside another actor's name is dropped unless
/// it follows "of" ("Washington" in "Washington Post", but "Ukraine" in "… Council of Ukraine").
/// Actors come in order of first mention.
/// </summary>
internal static class MentionResolver
{
    public static EquatableArray<ActorAnnotation> Resolve(RecognitionState state)
    {
        var ordered = state.Candidates
            .GroupBy(c => (c.Start, c.End, c.Actor))
            .Select(g => g.OrderBy(c => c.Form).First())
            .OrderBy(c => c.Start).ThenByDescending(c => c.End).ThenBy(c => c.Actor)
            .ToList();
        var kept = DropNestedInOwnMentions(ordered);
        kept = DropNamesInsideOtherNames(state, kept);
        return kept
            .GroupBy(c => c.Actor)
            .OrderBy(g => g.Min(c => c.Start))
            .Select(g => Annotation(state, g.Key, g))
            .ToEquatableArray();
    }

    private static List<Candidate> DropNestedInOwnMentions(List<Candidate> ordered)
    {
        var reach = new Dictionary<int, int>();
        var kept = new List<Candidate>(ordered.Count);
        foreach (var candidate in ordered)
        {
            if (reach.TryGetValue(candidate.Actor, out var end) && end >= candidate.End)
            {
                continue;
            }
            kept.Add(candidate);
            if (candidate.Form is MentionForm.Name)
            {
                reach[candidate.Actor] = Math.Max(end, candidate.End);
            }
        }
        return kept;
    }

    private static List<Candidate> DropNamesInsideOtherNames(RecognitionState state, List<Candidate> ordered)
    {
        var kept = new List<Candidate>(ordered.Count);
        Candidate? outer = null;
        foreach (var candidate in ordered)
        {
            var nested = outer is { } o && o.Actor != candidate.Actor && o.End >= candidate.End && o.Start <= candidate.Start
                && candidate.Form == MentionForm.Name && !AfterOf(state.Text, candidate.Start);
            if (nested)
            {
                continue;
            }
            kept.Add(candidate);
            if (candidate.Form == MentionForm.Name && (outer is null || candidate.End > outer.Value.End))
            {
                outer = candidate;
            }
        }
        return kept;
    }

    private static bool AfterOf(string text, int start) =>
        TextWords.WordBefore(text, start) is { } word && TextWords.Span(text, word).SequenceEqual("of");

    private static ActorAnnotation Annotation(RecognitionState state, int index, IEnumerable<Candidate> candidates)
    {
        var actor = state.Table[index];
        var mentions = candidates
            .OrderBy(c => c.Start).ThenBy(c => c.End)
            .Select(c => new Mention(c.Start, c.End, state.SentenceOf(c.Start)))
            .ToEquatableArray();
        return new ActorAnnotation(actor.Id, actor.Name, actor.Kind, actor.Party, actor.Role, actor.Reviewed, mentions);
    }
}
