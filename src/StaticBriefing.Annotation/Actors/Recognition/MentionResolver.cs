using System.Runtime.InteropServices;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Turns candidates into the final actors. One span per actor counts once. A mention inside a
/// longer name of the same actor is dropped ("Peskov" inside "Dmitry Peskov"), while titled forms
/// and descriptions keep the names inside them ("Turkey" in "the government of Turkey"). A name
/// inside another actor's name is dropped unless it follows "of" ("Washington" in "Washington
/// Post", but "Ukraine" in "… Council of Ukraine"). Actors come in order of first mention.
/// </summary>
internal static class MentionResolver
{
    public static EquatableArray<ActorAnnotation> Resolve(RecognitionState state)
    {
        var ordered = DropDescriptionsOwnedByAppositions(state.Candidates).ToArray();
        Array.Sort(ordered, static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Actor != b.Actor ? a.Actor.CompareTo(b.Actor)
            : a.Form.CompareTo(b.Form));
        var kept = CourtesyTitledSurnames.Drop(state, DropNamesInsideOtherNames(state, DropNestedInOwnMentions(ordered)));
        var byActor = new Dictionary<int, List<Candidate>>();
        var order = new List<int>();
        foreach (var candidate in kept)
        {
            if (!byActor.TryGetValue(candidate.Actor, out var list))
            {
                list = [];
                byActor[candidate.Actor] = list;
                order.Add(candidate.Actor);
            }
            list.Add(candidate);
        }
        return order.Select(actor => Annotation(state, actor, byActor[actor])).ToEquatableArray();
    }

    /// <summary>
    /// "Olaf Scholz, the German chancellor,": an apposition describes the name it stands beside, so
    /// the same words read as a description of someone else (whoever the taxonomy lists as the
    /// German chancellor) are dropped.
    /// </summary>
    private static IEnumerable<Candidate> DropDescriptionsOwnedByAppositions(List<Candidate> candidates)
    {
        var owners = new Dictionary<(int Start, int End), int>();
        foreach (var candidate in candidates)
        {
            if (candidate.Form == MentionForm.Appositive)
            {
                owners.TryAdd((candidate.Start, candidate.End), candidate.Actor);
            }
        }
        return owners.Count == 0 ? candidates : candidates.Where(c =>
            c.Form != MentionForm.Description || !owners.TryGetValue((c.Start, c.End), out var owner) || owner == c.Actor);
    }

    /// <summary>Drops repeated spans and mentions inside a longer name of the same actor.</summary>
    private static List<Candidate> DropNestedInOwnMentions(Candidate[] ordered)
    {
        var reach = new Dictionary<int, int>();
        var kept = new List<Candidate>(ordered.Length);
        Candidate? previous = null;
        foreach (var candidate in ordered)
        {
            var repeated = previous is { } p && p.Start == candidate.Start && p.End == candidate.End && p.Actor == candidate.Actor;
            previous = candidate;
            if (repeated || (reach.TryGetValue(candidate.Actor, out var end) && end >= candidate.End))
            {
                continue;
            }
            kept.Add(candidate);
            if (candidate.Form == MentionForm.Name)
            {
                reach[candidate.Actor] = Math.Max(end, candidate.End);
            }
        }
        return kept;
    }

    /// <summary>
    /// A name inside a longer one is dropped, except a state's or an organisation's after an "of" or
    /// "of the" of the longer name ("Zelenskyy of Ukraine", "Central Bank of the Russian Federation"; not
    /// "UN" in "members of the UN Security Council"); a region's there is part of the name ("Council of Europe").
    /// </summary>
    private static List<Candidate> DropNamesInsideOtherNames(RecognitionState state, List<Candidate> ordered)
    {
        var kept = new List<Candidate>(ordered.Count);
        Candidate? outer = null;
        foreach (var candidate in ordered)
        {
            var nested = outer is { } o && o.Actor != candidate.Actor && o.End >= candidate.End && o.Start <= candidate.Start
                && candidate.Form == MentionForm.Name && !(TextWords.FollowsOf(state.Text, candidate.Start, o.Start) && state.Table[candidate.Actor].Kind != ActorKind.Other);
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

    private static ActorAnnotation Annotation(RecognitionState state, int index, List<Candidate> candidates)
    {
        var actor = state.Table[index];
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        // Filled in place: a Select here cost a closure, a delegate and an iterator per actor of every text.
        var mentions = new Mention[candidates.Count];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = new Mention(candidates[i].Start, candidates[i].End, state.SentenceOf(candidates[i].Start));
        }
        return new ActorAnnotation(actor.Id, actor.Name, actor.Kind, actor.Party, actor.Role, actor.Reviewed, ImmutableCollectionsMarshal.AsImmutableArray(mentions));
    }
}
