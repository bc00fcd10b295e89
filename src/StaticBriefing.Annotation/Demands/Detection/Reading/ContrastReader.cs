using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>"proposed X rather than Y": the party turns Y down.</summary>
public sealed class ContrastReader(SentenceContext sentence, SentencePositions positions)
{
    /// <summary>How close after "rather than" the turned-down issue must start.</summary>
    private const int ContrastReach = 3;

    public void Read(IReadOnlyList<PartyRef> who, StanceHit hit, int scopeStart, int scopeEnd)
    {
        if (hit.Cue.Stance is null or Stance.Rejects)
        {
            return;
        }
        var contrasts = sentence.Contrasts.Matches;
        for (var index = sentence.Contrasts.FirstIndexFrom(scopeStart); index < contrasts.Count && contrasts[index].End < scopeEnd; index++)
        {
            var contrast = contrasts[index];
            if (sentence.FirstIssueFrom(contrast.End) is { } issue && issue.Start - contrast.End <= ContrastReach && issue.End <= scopeEnd && !positions.IsGoverned(issue))
            {
                positions.Take(who, issue.Issue, Stance.Rejects, issue.Start, issue.End);
            }
        }
    }
}
