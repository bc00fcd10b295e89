using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// Reads the positions of one sentence: each stance cue governs the issues listed after it up to
/// the end of its scope; its party is the clause's subject, an agent the cue names ("by X",
/// "unacceptable to X"), or, failing both, the sentence's subject, the quote's speaker or the last
/// sentence's subject. A cue with no issue in scope takes one from an anaphor ("rejected this").
/// </summary>
public sealed class SentenceReader(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, IReadOnlyList<PartyRef> speaker)
{
    private readonly SubjectFinder subjects = new(lexicon, sentence);
    private readonly List<DemandEntry> entries = [];
    private readonly HashSet<IssueHit> accepted = [];
    private readonly HashSet<IssueHit> sourced = [];

    public IReadOnlyList<PartyRef> MainSubject { get; private set; } = [];

    public IReadOnlyList<DemandEntry> Read()
    {
        MainSubject = subjects.SubjectIn(sentence.FrontedEnd, sentence.Tokens.Count);
        ReadSources();
        for (var k = 0; k < sentence.Stances.Count; k++)
        {
            var hit = sentence.Stances[k];
            if (hit.Cue.Kind != StanceCueKind.Neutral)
            {
                ReadStance(hit, k + 1 < sentence.Stances.Count ? sentence.Stances[k + 1].Start : sentence.Tokens.Count);
            }
        }
        return entries;
    }

    /// <summary>The issues this sentence leaves for anaphora in the next one, in text order.</summary>
    public IReadOnlyList<IssueDefinition> NamedIssues()
    {
        var named = entries.OrderBy(e => e.First).Select(e => e.Issue).ToList();
        return named.Count > 0 ? named : sentence.Issues.Select(hit => hit.Issue).ToList();
    }

    public IReadOnlyList<IssueDefinition> DemandedIssues() =>
        entries.Where(e => e.Stance == Stance.Demands).Select(e => e.Issue).Distinct().ToList();

    public IReadOnlyList<PartyRef> Demanders() =>
        entries.Where(e => e.Stance == Stance.Demands).Select(e => e.Party).DistinctBy(p => p.Party).ToList();

    private void ReadSources()
    {
        foreach (var hit in sentence.Issues.Where(hit => hit.Issue.SourceStance is not null))
        {
            if (lexicon.SourceLinks.LongestAt(sentence.Tokens, hit.End, sentence.Tokens.Count) is { Agent: { } agent } link)
            {
                foreach (var party in subjects.PhraseAt(agent.First, sentence.Tokens.Count))
                {
                    Add(party, hit.Issue, hit.Issue.SourceStance!.Value, hit.Start, hit.End);
                }
                sourced.Add(hit);
                accepted.Add(hit);
                _ = link;
            }
        }
    }

    private void ReadStance(StanceHit hit, int nextStance)
    {
        var count = sentence.Tokens.Count;
        var scopeStart = hit.End;
        var parties = hit.Agent is { } named ? subjects.PhraseAt(named.First, count) : [];
        if (!hit.Backward && lexicon.AgentLinks.LongestAt(sentence.Tokens, hit.End, count) is { Agent: { } agent } link)
        {
            parties = subjects.PhraseAt(agent.First, count);
            scopeStart = link.End;
        }
        var explicitAgent = parties.Count > 0;
        var clauseStart = sentence.ClauseStart(hit.Start);
        if (parties.Count == 0)
        {
            parties = Subject(hit, clauseStart);
        }
        if (parties.Count == 0)
        {
            return;
        }
        var negated = IsNegated(hit.Start, clauseStart);
        if (hit.Backward)
        {
            EmitAll(parties, hit, negated, Antecedents(hit, clauseStart, scopeStart, scopeStart, explicitAgent));
            return;
        }
        var scopeEnd = ScopeEnd(scopeStart, nextStance);
        var issues = IssuesInScope(hit, scopeStart, scopeEnd, out var anyIssue);
        foreach (var issue in issues)
        {
            Emit(parties, hit, issue.Issue, negated, issue.Start, issue.End);
        }
        if (issues.Count > 0)
        {
            AttributeElaboratedDemands(hit, issues, parties);
        }
        else if (!anyIssue)
        {
            EmitAll(parties, hit, negated, Antecedents(hit, clauseStart, scopeStart, scopeEnd, explicitAgent));
        }
    }

    /// <summary>"rejected these conditions, which include X and Y": X and Y are the demands referred to, so their makers demand them.</summary>
    private void AttributeElaboratedDemands(StanceHit hit, List<IssueHit> issues, IReadOnlyList<PartyRef> parties)
    {
        if (sentence.PluralAnaphors.LastWithin(hit.End, issues[0].Start) is null)
        {
            return;
        }
        foreach (var demander in memory.RecentDemanders.Where(d => parties.All(p => p.Party != d.Party)))
        {
            foreach (var issue in issues)
            {
                Add(demander, issue.Issue, Stance.Demands, issue.Start, issue.End);
            }
        }
    }

    private void EmitAll(IReadOnlyList<PartyRef> parties, StanceHit hit, bool negated, IEnumerable<(IssueDefinition Issue, int First, int End)> antecedents)
    {
        foreach (var (issue, first, end) in antecedents)
        {
            Emit(parties, hit, issue, negated, first, end);
        }
    }

    private IReadOnlyList<PartyRef> Subject(StanceHit hit, int clauseStart)
    {
        var subject = subjects.SubjectIn(clauseStart, hit.Start);
        if (subject.Count > 0 || IsRelativeClause(clauseStart))
        {
            return subject;
        }
        var main = subjects.SubjectIn(hit.Start < sentence.FrontedEnd ? 0 : sentence.FrontedEnd, hit.Start);
        if (main.Count > 0)
        {
            return main;
        }
        if (speaker.Count > 0)
        {
            return speaker;
        }
        return subjects.OpensWithPronoun(clauseStart, hit.Start) || subjects.OpensWithPronoun(0, hit.Start)
            ? memory.RecentSubject
            : [];
    }

    private List<IssueHit> IssuesInScope(StanceHit hit, int scopeStart, int scopeEnd, out bool anyIssue)
    {
        var found = new List<IssueHit>();
        anyIssue = false;
        var previousEnd = scopeStart;
        var first = true;
        for (var index = sentence.FirstIssueIndexFrom(hit.Start); index < sentence.Issues.Count; index++)
        {
            var issue = sentence.Issues[index];
            if (issue.Start >= scopeEnd)
            {
                break;
            }
            anyIssue = true;
            var gapStart = Math.Min(previousEnd, issue.Start);
            var shielded = sentence.Shields.AnyWithin(gapStart, issue.Start);
            var joined = first || sentence.Coordinators.AnyWithin(gapStart, issue.Start);
            previousEnd = issue.End;
            first = false;
            if (!shielded && joined && (hit.Cue.Issues.Count == 0 || hit.Cue.Issues.Contains(issue.Issue.Id)))
            {
                found.Add(issue);
            }
        }
        return found;
    }

    /// <summary>
    /// What a cue with no issue of its own refers to. A forward cue takes an anaphor right after
    /// it ("rejected this", "wants no part of it"); a backward cue ("unacceptable to X", "as
    /// requested by X") takes the nearer of an anaphor or an issue before it. A plural anaphor
    /// ("these conditions") means the demands last made, a singular one the issue last named.
    /// </summary>
    private IEnumerable<(IssueDefinition Issue, int First, int End)> Antecedents(StanceHit hit, int clauseStart, int scopeStart, int scopeEnd, bool explicitAgent)
    {
        CueMatch? anaphor;
        IssueHit? earlier = null;
        if (hit.Backward || explicitAgent && !StartsWithAnaphor(scopeStart, scopeEnd))
        {
            anaphor = Later(sentence.PluralAnaphors.LastWithin(clauseStart, hit.Start), sentence.SingularAnaphors.LastWithin(clauseStart, hit.Start));
            earlier = LastIssueBefore(hit.Start);
            if (earlier is not null && (anaphor is null || earlier.Start > anaphor.Value.Start))
            {
                return [(earlier.Issue, hit.Start, hit.End)];
            }
        }
        else
        {
            anaphor = StartsWithAnaphor(scopeStart, scopeEnd) ? Later(sentence.PluralAnaphors.LastWithin(scopeStart, scopeStart + AnaphorReach), sentence.SingularAnaphors.LastWithin(scopeStart, scopeStart + AnaphorReach)) : null;
        }
        if (anaphor is not { } found)
        {
            return [];
        }
        if (sentence.PluralAnaphors.EndOfMatchAt(found.Start) == found.End)
        {
            var demanded = memory.RecentDemands.Count > 0 ? memory.RecentDemands : memory.RecentIssues.TakeLast(1).ToList();
            return demanded.Select(issue => (issue, found.Start, found.End));
        }
        var before = LastIssueBefore(found.Start)?.Issue ?? memory.RecentIssues.LastOrDefault();
        return before is null ? [] : [(before, found.Start, found.End)];
    }

    private const int AnaphorReach = 4;

    /// <summary>Whether an anaphor stands within reach of the scope's start, with no punctuation before it.</summary>
    private bool StartsWithAnaphor(int scopeStart, int scopeEnd)
    {
        var limit = Math.Min(scopeEnd, scopeStart + AnaphorReach);
        for (var i = scopeStart; i < limit; i++)
        {
            if (sentence.SingularAnaphors.EndOfMatchAt(i) > 0 || sentence.PluralAnaphors.EndOfMatchAt(i) > 0)
            {
                return true;
            }
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    private static CueMatch? Later(CueMatch? a, CueMatch? b) =>
        a is null ? b : b is null ? a : b.Value.Start > a.Value.Start ? b : a;

    private IssueHit? LastIssueBefore(int token)
    {
        // Walk back a bounded distance: anaphora refers to something recent.
        var index = sentence.FirstIssueIndexFrom(token) - 1;
        IssueHit? fallback = null;
        for (var i = index; i >= 0 && i > index - 8; i--)
        {
            var issue = sentence.Issues[i];
            if (issue.End > token)
            {
                continue;
            }
            if (accepted.Contains(issue))
            {
                return issue;
            }
            fallback ??= issue;
        }
        return fallback;
    }

    private void Emit(IReadOnlyList<PartyRef> parties, StanceHit hit, IssueDefinition issue, bool negated, int first, int end)
    {
        var hitOfIssue = sentence.FirstIssueFrom(first);
        if (hitOfIssue is not null && hitOfIssue.Start == first && hitOfIssue.Issue == issue)
        {
            if (sourced.Contains(hitOfIssue))
            {
                return;
            }
            accepted.Add(hitOfIssue);
        }
        var stance = issue.Remap(hit.Cue.Stance ?? issue.AgendaStance);
        if (negated)
        {
            stance = stance == Stance.Rejects ? Stance.Accepts : Stance.Rejects;
        }
        foreach (var party in parties)
        {
            Add(party, issue, stance, first, end);
        }
    }

    private void Add(PartyRef party, IssueDefinition issue, Stance stance, int first, int end)
    {
        if (!entries.Any(e => e.Party.Party == party.Party && e.Issue == issue && e.Stance == stance))
        {
            entries.Add(new DemandEntry(party, issue, stance, first, end));
        }
    }

    /// <summary>
    /// A clause opened by "that"/"which" not after a speech verb ("compromises that could
    /// persuade …") has its own, non-actor subject; after "said that" the speaker still speaks.
    /// </summary>
    private bool IsRelativeClause(int clauseStart)
    {
        if (clauseStart == 0 || sentence.ClauseBreaks.LastWithin(0, clauseStart) is not { } opener || opener.End != clauseStart
            || !sentence.Tokens.Tokens[opener.Start].IsWord)
        {
            return false;
        }
        for (var i = opener.Start - 1; i >= Math.Max(0, opener.Start - 3); i--)
        {
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return true;
            }
            var end = sentence.Attributions.EndOfMatchAt(i);
            if (end > 0 && end <= opener.Start)
            {
                return false;
            }
        }
        return true;
    }

    private int ScopeEnd(int scopeStart, int nextStance)
    {
        var end = Math.Min(nextStance, Math.Min(sentence.Tokens.Count, scopeStart + lexicon.Grammar.MaxScope));
        for (var i = scopeStart; i < end; i++)
        {
            // A closing quote mark ends what the quoted speaker asked for.
            if (sentence.ScopeEnds.EndOfMatchAt(i) > 0 || (i > scopeStart && sentence.Tokens.Tokens[i].ClosesQuote))
            {
                return i;
            }
        }
        return end;
    }

    private bool IsNegated(int cueStart, int clauseStart)
    {
        var window = lexicon.Grammar.NegationWindow;
        for (var i = cueStart - 1; i >= Math.Max(clauseStart, cueStart - window - 1); i--)
        {
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return false;
            }
            if (sentence.Negators.EndOfMatchAt(i) is var end && end > 0 && end <= cueStart)
            {
                return true;
            }
        }
        return false;
    }
}
