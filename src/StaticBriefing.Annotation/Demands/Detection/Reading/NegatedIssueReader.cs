using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "Ukraine will not gift its land", "not a mere ceasefire": an issue no stance governed, with a
/// negator right before it in its clause, is rejected by the clause's subject (or its speaker),
/// unless the clause only supposes it.
/// </summary>
public sealed class NegatedIssueReader(SentenceContext sentence, StanceParties parties, Negation negation, SentencePositions positions)
{
    private readonly HypotheticalStances hypotheticals = new(sentence, parties, negation);

    public void Read()
    {
        foreach (var issue in sentence.Issues)
        {
            if (positions.IsGoverned(issue))
            {
                continue;
            }
            var clauseStart = sentence.Clauses.StartOf(issue.Start);
            // "if Putin did not negotiate" supposes a refusal; it states none.
            var passive = IsNegatedPassive(issue);
            if (!(passive || negation.IsNegatedBefore(issue.Start, clauseStart)) || hypotheticals.IsSupposed(issue.Start, out _))
            {
                continue;
            }
            if (passive)
            {
                // The passive's subject is the issue itself: whoever says it refuses it.
                positions.Take(parties.Speaker(issue.Start, issue.End), issue.Issue, Stance.Rejects, issue.Start, issue.End);
                continue;
            }
            // Only an explicit subject or a speech verb's: a bare "we don't …" in a quote is too loose to read.
            var who = parties.Subjects.SubjectIn(clauseStart, issue.Start);
            if (who.Count == 0)
            {
                who = parties.AttributedSpeaker(issue.Start);
            }
            if (who.Count == 0 && IsFirstPersonRefusal(clauseStart, issue.Start))
            {
                // "“We will not withdraw …,” he said": a refusal in the first person is the speaker's.
                who = parties.Speaker(issue.Start, issue.End);
            }
            if (who.Count > 0)
            {
                positions.Take(who, issue.Issue, Stance.Rejects, issue.Start, issue.End);
            }
        }
    }

    /// <summary>
    /// "sanctions will not be eased": a cue that spans its own predicate (a passive) holds the negator
    /// between its noun and its verb; its clause's subject is the issue, so the speaker refuses it.
    /// </summary>
    private bool IsNegatedPassive(IssueHit issue) => sentence.Negators.AnyWithin(issue.Start + 1, issue.End - 1);

    private bool IsFirstPersonRefusal(int clauseStart, int issueStart) =>
        parties.Subjects.OpensWithPronoun(clauseStart, issueStart) && !parties.Subjects.OpensWithPronoun(clauseStart, issueStart, thirdPersonOnly: true)
        && sentence.Refusals.LastWithin(clauseStart, issueStart) is not null;
}
