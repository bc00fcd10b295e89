using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Relational descriptions after a possessive pronoun ("his host", "her counterpart", "his guest"):
/// the pronoun is the last person named before it, and the phrase is the nearest other person of
/// the sentence, or failing that of the sentence before ("Trump praised his guest, and the
/// Ukrainian leader thanked his host").
/// </summary>
internal static class Counterparts
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        var people = state.Candidates.Where(c => state.Table[c.Actor].Kind == ActorKind.Person).OrderBy(c => c.Start).ToList();
        if (people.Count < 2)
        {
            return;
        }
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind != HitKind.CounterpartNoun)
            {
                continue;
            }
            if (!char.IsLower(text[hit.Start]) || TextWords.WordBefore(text, hit.Start) is not { } pronoun
                || !state.Lexicon.PossessiveDeterminers.Contains(TextWords.Span(text, pronoun))
                || state.Lexicon.PossessivePronouns.Contains(TextWords.Span(text, pronoun)))
            {
                continue;
            }
            var sentence = state.SentenceOf(hit.Start);
            var at = FirstAtOrAfter(people, pronoun.Start);
            var ownerIndex = at - 1;
            while (ownerIndex >= 0 && people[ownerIndex].End > pronoun.Start)
            {
                ownerIndex--;
            }
            if (ownerIndex < 0 || state.SentenceOf(people[ownerIndex].Start) < sentence - 1)
            {
                continue;
            }
            var owner = people[ownerIndex];
            var other = Nearest(state, people, at, hit.Start, owner.Actor, sentence) ?? Nearest(state, people, at, hit.Start, owner.Actor, sentence - 1);
            if (other is { } found)
            {
                state.Add(pronoun.Start, hit.End, found, MentionForm.Description);
            }
        }
    }

    /// <summary>The nearest person of <paramref name="sentence"/> other than the owner, looking outwards from <paramref name="at"/>.</summary>
    private static int? Nearest(RecognitionState state, List<Candidate> people, int at, int position, int owner, int sentence)
    {
        int? best = null;
        var distance = int.MaxValue;
        for (var i = at; i < people.Count && state.SentenceOf(people[i].Start) <= sentence; i++)
        {
            if (people[i].Actor != owner && state.SentenceOf(people[i].Start) == sentence)
            {
                (best, distance) = (people[i].Actor, people[i].Start - position);
                break;
            }
        }
        for (var i = at - 1; i >= 0 && state.SentenceOf(people[i].Start) >= sentence; i--)
        {
            if (people[i].Actor != owner && state.SentenceOf(people[i].Start) == sentence)
            {
                return position - people[i].End < distance ? people[i].Actor : best;
            }
        }
        return best;
    }

    private static int FirstAtOrAfter(List<Candidate> people, int position)
    {
        int low = 0, high = people.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (people[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
