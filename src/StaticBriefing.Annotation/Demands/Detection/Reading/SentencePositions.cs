using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// The positions read from one sentence so far, each (party, issue, stance) once, and the issue
/// cues a stance has already governed, which later rules leave alone.
/// </summary>
public sealed class SentencePositions(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private readonly List<DemandEntry> entries = [];
    // Made on first use: most sentences a reader is built for govern, source and table nothing.
    private HashSet<(string Party, string Issue, Stance Stance)>? seen;
    private HashSet<IssueHit>? governed;
    private HashSet<IssueHit>? sourced;
    private List<PartyRef>? tabledBy;

    public IReadOnlyList<DemandEntry> Entries => entries;

    public bool IsGoverned(IssueHit issue) => governed?.Contains(issue) == true;

    /// <summary>
    /// The last of the <paramref name="lookBack"/> issue cues ending by <paramref name="token"/>, preferring one a stance
    /// governed: "demanded that Kyiv withdraw before any ceasefire — a condition …" refers to the withdrawal.
    /// </summary>
    public IssueHit? LastIssueBefore(int token, int lookBack)
    {
        var index = sentence.FirstIssueIndexFrom(token) - 1;
        IssueHit? nearest = null;
        for (var i = index; i >= 0 && i > index - lookBack; i--)
        {
            var issue = sentence.Issues[i];
            if (issue.End > token)
            {
                continue;
            }
            if (IsGoverned(issue))
            {
                return issue;
            }
            nearest ??= issue;
        }
        return nearest;
    }

    /// <summary>An issue whose provider is named ("aid from X") is settled: no stance takes it again.</summary>
    public void MarkSourced(IssueHit issue)
    {
        (sourced ??= []).Add(issue);
        (governed ??= []).Add(issue);
    }

    /// <summary>The cue's stance on the issue, re-read for the issue and turned round when negated.</summary>
    public void Take(IReadOnlyList<PartyRef> who, StanceHit hit, IssueDefinition issue, bool negated, int first, int end) =>
        Take(who, hit.Cue.Stance, issue, negated, first, end);

    /// <summary>A stance stated elsewhere (a list's subhead) on the issue, re-read for the issue and turned round when negated.</summary>
    public void Take(IReadOnlyList<PartyRef> who, Stance? stated, IssueDefinition issue, bool negated, int first, int end)
    {
        var stance = issue.Remap(stated ?? issue.AgendaStance);
        if (negated)
        {
            stance = stance == Stance.Rejects ? Stance.Accepts : Stance.Rejects;
        }
        Take(who, issue, stance, first, end);
    }

    /// <summary>Records the stance of each party on the issue at tokens [first, end), marking its cue there as governed.</summary>
    public void Take(IReadOnlyList<PartyRef> who, IssueDefinition issue, Stance stance, int first, int end)
    {
        var hitOfIssue = sentence.FirstIssueFrom(first);
        if (hitOfIssue is not null && hitOfIssue.Start == first && hitOfIssue.Issue == issue)
        {
            if (sourced?.Contains(hitOfIssue) == true)
            {
                return;
            }
            (governed ??= []).Add(hitOfIssue);
        }
        foreach (var party in who)
        {
            // A document speaks in proposals: "the plan demands X" means its author proposes X.
            var taken = party.Document ? lexicon.Grammar.DocumentStance(stance) : stance;
            Add(party with { Document = false }, issue, taken, first, end);
        }
    }

    public void Add(PartyRef party, IssueDefinition issue, Stance stance, int first, int end)
    {
        if ((seen ??= []).Add((party.Party, issue.Id, stance)))
        {
            entries.Add(new DemandEntry(party, issue, stance, first, end));
        }
    }

    /// <summary>The issues this sentence leaves for anaphora in the next one, in text order.</summary>
    public IReadOnlyList<IssueDefinition> NamedIssues() => MemoryLists.NamedIssues(entries, sentence.Issues);

    public IReadOnlyList<IssueDefinition> DemandedIssues() => MemoryLists.DemandedIssues(entries);

    public IReadOnlyList<PartyRef> Demanders() => MemoryLists.Demanders(entries);

    /// <summary>Parties a proposal cue took as its subject, whether or not it governed an issue.</summary>
    public void Tabled(IReadOnlyList<PartyRef> who) => (tabledBy ??= []).AddRange(who);

    /// <summary>Who proposed or offered something here, or tabled something: the author of a document the sentence names.</summary>
    public IReadOnlyList<PartyRef> Proposers() => MemoryLists.Proposers(entries, tabledBy);
}
