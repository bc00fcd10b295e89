using StaticBriefing.Annotation.Demands.Detection.Reading;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Lists;

/// <summary>
/// A subhead that names a party and a stance but no issue ("What Russia wants", "Kyiv's conditions:",
/// "What Washington is offering"): the list under it gives that party's positions, one item a line.
/// </summary>
public static class PositionHeading
{
    public static ListPosition? Read(CompiledDemandLexicon lexicon, SentenceContext sentence, string text)
    {
        if (!HeadingLine.StandsAlone(text, sentence.Tokens.Sentence) || ListLine.EndsWithStop(text, sentence.Tokens.Sentence) || sentence.Issues.Count > 0)
        {
            return null;
        }
        var hit = sentence.Stances.FirstOrDefault(hit => hit.Cue.Stance is not null);
        if (hit?.Cue.Stance is not { } stance)
        {
            return null;
        }
        var count = sentence.Tokens.Count;
        var subjects = new SubjectFinder(lexicon, sentence);
        var parties = hit.Agent is { } agent ? subjects.PhraseAt(agent.First, count)
            : hit.Owner is { } owner ? subjects.PhraseAt(owner, count)
            : subjects.SubjectIn(0, hit.Start);
        if (parties.Count == 0)
        {
            return null;
        }
        // "What Kyiv will not accept": the items are what it turns down.
        var negated = hit.Negated != new Negation(lexicon, sentence).IsNegatedBefore(hit.Start, 0);
        return new ListPosition(parties, negated ? Flip(stance) : stance);
    }

    private static Stance Flip(Stance stance) => stance == Stance.Rejects ? Stance.Accepts : Stance.Rejects;
}
