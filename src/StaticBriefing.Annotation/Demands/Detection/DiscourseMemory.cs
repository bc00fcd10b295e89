namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// What the last sentences said, for anaphora ("rejected the proposal", "these conditions") and
/// pronoun subjects: the issues last named, the issues last demanded, and the last main subject.
/// Entries older than <see cref="Reach"/> sentences are forgotten.
/// </summary>
public sealed class DiscourseMemory
{
    public const int Reach = 2;

    private int issuesAge = int.MaxValue;
    private int demandsAge = int.MaxValue;
    private int subjectAge = int.MaxValue;

    public IReadOnlyList<IssueDefinition> LastIssues { get; private set; } = [];

    public IReadOnlyList<IssueDefinition> LastDemands { get; private set; } = [];

    public IReadOnlyList<PartyRef> LastSubject { get; private set; } = [];

    /// <summary>Who made the demands in <see cref="LastDemands"/>.</summary>
    public IReadOnlyList<PartyRef> LastDemanders { get; private set; } = [];

    public IReadOnlyList<IssueDefinition> RecentIssues => issuesAge <= Reach ? LastIssues : [];

    public IReadOnlyList<IssueDefinition> RecentDemands => demandsAge <= Reach ? LastDemands : [];

    public IReadOnlyList<PartyRef> RecentDemanders => demandsAge <= Reach ? LastDemanders : [];

    public IReadOnlyList<PartyRef> RecentSubject => subjectAge <= 1 ? LastSubject : [];

    /// <summary>Moves on to the next sentence, remembering what this one named.</summary>
    public void Remember(IReadOnlyList<IssueDefinition> issues, IReadOnlyList<IssueDefinition> demanded, IReadOnlyList<PartyRef> demanders, IReadOnlyList<PartyRef> subject)
    {
        issuesAge = Older(issuesAge);
        demandsAge = Older(demandsAge);
        subjectAge = Older(subjectAge);
        if (issues.Count > 0)
        {
            LastIssues = issues;
            issuesAge = 1;
        }
        if (demanded.Count > 0)
        {
            LastDemands = demanded;
            LastDemanders = demanders;
            demandsAge = 1;
        }
        if (subject.Count > 0)
        {
            LastSubject = subject;
            subjectAge = 1;
        }
    }

    private static int Older(int age) => age == int.MaxValue ? age : age + 1;
}
