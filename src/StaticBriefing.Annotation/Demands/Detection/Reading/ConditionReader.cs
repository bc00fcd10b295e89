using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "X could be held only after Y": the party holds X back (rejects it, conditionally) and demands Y.
/// A condition noun puts them the other way round: "made Y the price of X".
/// </summary>
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
        var noun = hit.Cue.Kind == StanceCueKind.ConditionNoun;
        var (before, after) = noun ? (Stance.Demands, Stance.Rejects) : (Stance.Rejects, Stance.Demands);
        // What a condition noun demands is the object before it, not an aside (", who flew to Ankara to meet …,").
        // "will only sit down with X once …": what a split condition encloses is held back too.
        var heldBackEnd = noun ? hit.Start : hit.End - 1;
        // What stands before a joined-on report ("demanded that Kyiv withdraw, and said …") is not held back.
        foreach (var issue in scope.IssuesBefore(parties.Joined.ReportedStart(clauseStart, hit.Start), heldBackEnd).Where(issue => !noun || sentence.SideClauses.EndAround(issue.Start) < 0))
        {
            positions.Take(who, issue.Issue, before, issue.Start, issue.End);
        }
        foreach (var issue in scope.IssuesIn(hit, hit.End, scope.End(hit, hit.End, nextStance), out _, heldBackEnd))
        {
            positions.Take(who, issue.Issue, after, issue.Start, issue.End);
        }
    }
}
