using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// A stance on demands referred to by a plural anaphor and then listed ("rejected these conditions,
/// which include X and Y"): the listed issues are demanded by whoever made the demands.
/// </summary>
public sealed class ElaboratedDemands(SentenceContext sentence, DiscourseMemory memory, SentencePositions positions)
{
    /// <summary>"rejected these conditions, which include X and Y": X and Y are the demands referred to, so their makers demand them.</summary>
    public void Read(StanceHit hit, List<IssueHit> issues, IReadOnlyList<PartyRef> who)
    {
        if (sentence.PluralAnaphors.LastWithin(hit.End, issues[0].Start) is null)
        {
            return;
        }
        foreach (var demander in memory.RecentDemanders.Where(d => who.All(p => p.Party != d.Party)))
        {
            foreach (var issue in issues)
            {
                positions.Add(demander, issue.Issue, Stance.Demands, issue.Start, issue.End);
            }
        }
    }
}
