using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>Every issue cue compiled into one set, with the issue (or two, for a joint cue) each cue names.</summary>
public sealed class IssueCueTable
{
    public IssueCueTable(IReadOnlyList<IssueDefinition> issues, Vocabulary vocabulary)
    {
        var byId = issues.ToDictionary(issue => issue.Id, StringComparer.Ordinal);
        var cues = new List<(CuePattern Pattern, IssueDefinition Issue, IssueDefinition? Also)>();
        foreach (var issue in issues)
        {
            cues.AddRange(issue.Cues.Select(cue => (CuePattern.CompileChecked(cue), issue, (IssueDefinition?)null)));
            cues.AddRange(issue.JointCues.Select(joint => (CuePattern.CompileChecked(joint.Cue), issue, (IssueDefinition?)byId[joint.AlsoIssue])));
            cues.AddRange(issue.NotCues.Select(cue => (CuePattern.CompileChecked(cue), IssueDefinition.None, (IssueDefinition?)null)));
        }
        // Of two cues matching the same words, the one naming more of them wins ("exchange .. civilian
        // detainees" over "exchange .. detainees"): a tie goes to the cue tried first.
        var ordered = cues.OrderByDescending(cue => cue.Pattern.WordCount).ToList();
        Cues = new CueSet(ordered.Select(cue => cue.Pattern), vocabulary);
        IssueOf = ordered.Select(cue => cue.Issue).ToList();
        AlsoOf = ordered.Select(cue => cue.Also).ToList();
    }

    public CueSet Cues { get; }

    /// <summary>The issue each cue names, by cue index; <see cref="IssueDefinition.None"/> for a not-cue.</summary>
    public IReadOnlyList<IssueDefinition> IssueOf { get; }

    /// <summary>The second issue a joint cue names, by cue index; null for every other cue.</summary>
    public IReadOnlyList<IssueDefinition?> AlsoOf { get; }

    /// <summary>The issue cues of a sentence outside actor mentions, in text order; a joint cue gives two hits on the same words.</summary>
    public List<IssueHit> Read(SentenceTokens tokens)
    {
        var found = new List<IssueHit>();
        var matches = CueMatchScratch.Borrow(Cues, tokens);
        foreach (var match in matches)
        {
            // A not-cue ("guarantees from the member states") has won over the issue cue inside it, and names nothing.
            if (IssueOf[match.Cue] is { Id.Length: > 0 } issue && !tokens.InsideMention(match.Start, match.End))
            {
                found.Add(new IssueHit(issue, match.Start, match.End));
                if (AlsoOf[match.Cue] is { } also)
                {
                    found.Add(new IssueHit(also, match.Start, match.End));
                }
            }
        }
        CueMatchScratch.Give(matches);
        return found;
    }
}
