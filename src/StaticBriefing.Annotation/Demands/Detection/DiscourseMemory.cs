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

    private IReadOnlyList<IssueDefinition> lastIssues = [];
    private IReadOnlyList<IssueDefinition> lastDemands = [];
    private IReadOnlyList<PartyRef> lastDemanders = [];
    private RememberedSubject lastSubject = RememberedSubject.None();
    private RememberedSubject subjectBefore = RememberedSubject.None();

    /// <summary>
    /// How many sentences back a descriptive noun ("the invitation", "such exchanges") may find its issue: it says
    /// what it refers to, so it reaches further than a pronoun.
    /// </summary>
    public const int DescriptionReach = 4;

    private readonly List<IReadOnlyList<IssueDefinition>> namedBySentence = [];

    /// <summary>The issues each of the last <see cref="DescriptionReach"/> sentences named, the newest last (an empty list for none).</summary>
    public IReadOnlyList<IReadOnlyList<IssueDefinition>> IssuesBySentence => namedBySentence;

    public IReadOnlyList<IssueDefinition> RecentIssues => issuesAge <= Reach ? lastIssues : [];

    public IReadOnlyList<IssueDefinition> RecentDemands => demandsAge <= Reach ? lastDemands : [];

    public IReadOnlyList<PartyRef> RecentDemanders => demandsAge <= Reach ? lastDemanders : [];

    /// <summary>The last sentence's subject, or, when it had none, the one before ("Trump said … . The summit … . He added …").</summary>
    public IReadOnlyList<PartyRef> RecentSubject => RememberedSubject.Of(subjectAge, lastSubject, subjectBefore);

    /// <summary>
    /// Moves on to the next sentence, remembering what this one named. A sentence whose subject is a
    /// pronoun ("He wants …") passes on the subject it refers to, so "Zelensky … . He … . He …" stays with Zelensky.
    /// </summary>
    public void Remember(IReadOnlyList<IssueDefinition> issues, IReadOnlyList<IssueDefinition> demanded, IReadOnlyList<PartyRef> demanders, ISentenceSubject subject)
    {
        // What a pronoun subject here refers to: the recent subject as it stands now, worked out only when asked for.
        var remembered = new RememberedSubject(subject, subjectAge, lastSubject, subjectBefore);
        issuesAge = Older(issuesAge);
        demandsAge = Older(demandsAge);
        subjectAge = Older(subjectAge);
        namedBySentence.Add(issues);
        if (namedBySentence.Count > DescriptionReach)
        {
            namedBySentence.RemoveAt(0);
        }
        if (issues.Count > 0)
        {
            lastIssues = issues;
            issuesAge = 1;
        }
        if (demanded.Count > 0)
        {
            lastDemands = demanded;
            lastDemanders = demanders;
            demandsAge = 1;
        }
        // The subject is only worked out if a pronoun in the next sentence needs it.
        subjectBefore = lastSubject;
        lastSubject = remembered;
        subjectAge = 1;
    }

    private const int DocumentReach = 3;
    private int documentAge = int.MaxValue;
    private IReadOnlyList<PartyRef> documentAuthor = [];

    /// <summary>Who tabled the document last named ("Washington handed Kyiv a plan"), for "the plan" or "the draft" later on.</summary>
    public IReadOnlyList<PartyRef> RecentDocumentAuthor => documentAge <= DocumentReach ? documentAuthor : [];

    /// <summary>After <see cref="Remember"/>: a sentence naming a document with proposers makes them its author; naming it again keeps it in mind.</summary>
    public void RememberDocument(bool namesDocument, IReadOnlyList<PartyRef> proposers)
    {
        documentAge = Older(documentAge);
        if (namesDocument && proposers.Count > 0)
        {
            documentAuthor = proposers.Select(party => party with { Document = true }).ToList();
            documentAge = 1;
        }
        else if (namesDocument && documentAge <= DocumentReach)
        {
            documentAge = 1;
        }
    }

    private int proposalsAge = int.MaxValue;
    private IReadOnlyList<IssueDefinition> lastProposals = [];

    /// <summary>The issues last proposed or offered, for "this proposal" or "the offer" a few sentences on.</summary>
    public IReadOnlyList<IssueDefinition> RecentProposals => proposalsAge <= Reach ? lastProposals : [];

    /// <summary>After <see cref="Remember"/>: the issues this sentence proposed or offered, if any.</summary>
    public void RememberProposals(IReadOnlyList<IssueDefinition> proposed)
    {
        proposalsAge = Older(proposalsAge);
        if (proposed.Count > 0)
        {
            lastProposals = proposed;
            proposalsAge = 1;
        }
    }

    private static int Older(int age) => age == int.MaxValue ? age : age + 1;
}
