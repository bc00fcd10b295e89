using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// What the demand and claim detectors know: the issues (input/issues.yml) and the stance cues,
/// function words and claim cues (input/stances.yml).
/// </summary>
public sealed record DemandLexicon(
    EquatableArray<IssueDefinition> Issues,
    EquatableArray<StanceCue> Stances,
    StanceGrammar Grammar,
    ClaimLexicon Claims)
{
    public DemandLexicon(EquatableArray<IssueDefinition> issues)
        : this(issues, EquatableArray<StanceCue>.Empty, StanceGrammar.Empty, ClaimLexicon.Empty)
    {
    }

    public IssueDefinition? Issue(string id) => Issues.FirstOrDefault(issue => issue.Id == id);

    /// <summary>Parses both files strictly; any problem is a <see cref="DataFileException"/> naming file and line.</summary>
    public static DemandLexicon Parse(DataFile issues, DataFile stances)
    {
        var parsedIssues = IssueFileParser.Parse(issues);
        var ids = parsedIssues.Select(issue => issue.Id).ToHashSet(StringComparer.Ordinal);
        var (cues, grammar, claims) = StanceFileParser.Parse(stances, ids);
        return new DemandLexicon(parsedIssues, cues, grammar, claims);
    }
}
