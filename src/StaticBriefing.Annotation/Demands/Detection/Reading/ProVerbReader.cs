using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "Kyiv accepted the truce; Moscow has yet to do so": a pro-verb (<c>pro_verbs</c> in input/stances.yml)
/// repeats the last position read before it in the sentence for its own clause's subject, turned
/// round by a negator before it. Another party is required: the same one would only restate itself.
/// </summary>
public sealed class ProVerbReader(CompiledDemandLexicon lexicon, SentenceContext sentence, StanceParties parties, Negation negation, SentencePositions positions)
{
    /// <summary>How far before a pro-verb a refusal still takes it as its object ("refused to do so").</summary>
    private const int RefusalReach = 2;

    private readonly HypotheticalStances hypotheticals = new(sentence, parties, negation);

    public void Read()
    {
        if (positions.Entries.Count == 0)
        {
            return;
        }
        foreach (var proVerb in TokenMarks.Of(lexicon.ProVerbs, sentence.Tokens).Matches)
        {
            Read(proVerb);
        }
    }

    private void Read(CueMatch proVerb)
    {
        if (positions.Entries.Any(e => e.First >= proVerb.Start - 1 && e.First < proVerb.End))
        {
            // "refused to do so": a stance cue already read the pro-verb as its object.
            return;
        }
        var antecedent = positions.Entries.Where(e => e.End <= proVerb.Start).MaxBy(e => e.First);
        if (antecedent is null)
        {
            return;
        }
        // "… if Moscow did the same" supposes the position; the main clause's condition says what is asked.
        if (hypotheticals.IsSupposed(proVerb.Start, out _))
        {
            return;
        }
        var clauseStart = sentence.Clauses.StartOf(proVerb.Start);
        var who = parties.Subjects.SubjectIn(clauseStart, proVerb.Start);
        if (who.Count == 0 || who.Any(party => party.Party == antecedent.Party.Party))
        {
            return;
        }
        var stance = antecedent.Stance;
        if (negation.IsNegatedBefore(proVerb.Start, clauseStart) != IsRefused(proVerb.Start))
        {
            stance = stance == Stance.Rejects ? Stance.Accepts : Stance.Rejects;
        }
        positions.Take(who, antecedent.Issue, stance, proVerb.Start, proVerb.End);
    }

    /// <summary>A refusal cue just before the pro-verb ("has refused to do so") turns it round like a negator.</summary>
    private bool IsRefused(int start) =>
        sentence.Stances.Any(hit => hit.Cue.Stance == Stance.Rejects && hit.End <= start && hit.End >= start - RefusalReach);
}
