using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>"X could be held only after Y": the party holds X back (rejects it, conditionally) and demands Y.</summary>
public sealed class ConditionReader(SentenceContext sentence, StanceParties parties, StanceScope scope, SentencePositions positions)
{
    public void Read(StanceHit hit, int nextStance)
    {
        var clauseStart = sentence.Clauses.StartOf(hit.Start);
        var who = parties.Subject(hit.Start, hit.End, clauseStart);
        if (who.Count == 0)
        {
            return;
        }
        parties.Took(who, hit.End);
        foreach (var issue in scope.IssuesBefore(clauseStart, hit.Start))
        {
            positions.Take(who, issue.Issue, Stance.Rejects, issue.Start, issue.End);
        }
        foreach (var issue in scope.IssuesIn(hit, hit.End, scope.End(hit, hit.End, nextStance), out _))
        {
            positions.Take(who, issue.Issue, Stance.Demands, issue.Start, issue.End);
        }
    }
}
