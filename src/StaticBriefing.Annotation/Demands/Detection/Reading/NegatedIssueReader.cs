using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "Ukraine will not gift its land", "not a mere ceasefire": an issue no stance governed, with a
/// negator right before it in its clause, is rejected by the clause's subject (or its speaker).
/// </summary>
public sealed class NegatedIssueReader(SentenceContext sentence, StanceParties parties, Negation negation, SentencePositions positions)
{
    public void Read()
    {
        foreach (var issue in sentence.Issues)
        {
            if (positions.IsGoverned(issue))
            {
                continue;
            }
            var clauseStart = sentence.Clauses.StartOf(issue.Start);
            if (!negation.IsNegatedBefore(issue.Start, clauseStart))
            {
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

    private bool IsFirstPersonRefusal(int clauseStart, int issueStart) =>
        parties.Subjects.OpensWithPronoun(clauseStart, issueStart) && !parties.Subjects.OpensWithPronoun(clauseStart, issueStart, thirdPersonOnly: true)
        && sentence.Refusals.LastWithin(clauseStart, issueStart) is not null;
}
