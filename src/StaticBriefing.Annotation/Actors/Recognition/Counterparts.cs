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
        foreach (var hit in state.Hits.Where(h => h.Value.Kind == HitKind.CounterpartNoun).ToList())
        {
            if (!char.IsLower(text[hit.Start]) || TextWords.WordBefore(text, hit.Start) is not { } pronoun
                || !state.Lexicon.PossessiveDeterminers.Contains(TextWords.Span(text, pronoun))
                || state.Lexicon.PossessivePronouns.Contains(TextWords.Span(text, pronoun)))
            {
                continue;
            }
            var sentence = state.SentenceOf(hit.Start);
            var owner = people.LastOrDefault(p => p.End <= pronoun.Start && state.SentenceOf(p.Start) >= sentence - 1);
            if (owner == default)
            {
                continue;
            }
            var other = Nearest(state, people, hit.Start, owner.Actor, sentence) ?? Nearest(state, people, hit.Start, owner.Actor, sentence - 1);
            if (other is { } found)
            {
                state.Add(pronoun.Start, hit.End, found, MentionForm.Description);
            }
        }
    }

    private static int? Nearest(RecognitionState state, List<Candidate> people, int position, int owner, int sentence)
    {
        int? best = null;
        var distance = int.MaxValue;
        foreach (var person in people)
        {
            if (person.Actor == owner || state.SentenceOf(person.Start) != sentence || person.Start == position)
            {
                continue;
            }
            var d = Math.Abs(person.Start - position);
            if (d < distance)
            {
                (best, distance) = (person.Actor, d);
            }
        }
        return best;
    }
}
