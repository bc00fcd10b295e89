using StaticBriefing.Annotation.Demands.Detection.Cues;
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
    private readonly StanceParties parties = new(lexicon, sentence, memory, speaker);
    private readonly List<DemandEntry> entries = [];
    private readonly HashSet<(string Party, string Issue, Stance Stance)> seen = [];
    private readonly HashSet<IssueHit> accepted = [];
    private readonly HashSet<IssueHit> sourced = [];

    private SubjectFinder Subjects => parties.Subjects;

    /// <summary>The sentence's subject, computed only when a later sentence asks for it.</summary>
    public Lazy<IReadOnlyList<PartyRef>> MainSubject => new(() => Subjects.SubjectIn(sentence.Clauses.FrontedEnd, sentence.Tokens.Count));

    public IReadOnlyList<DemandEntry> Read()
    {
        ReadSources();
        // Conditions first: "a vote only after a ceasefire" holds back the vote, whatever else the clause says of it.
        for (var k = 0; k < sentence.Stances.Count; k++)
        {
            if (sentence.Stances[k].Cue.Kind == StanceCueKind.Condition)
            {
                ReadCondition(sentence.Stances[k], NextStart(k));
            }
        }
        for (var k = 0; k < sentence.Stances.Count; k++)
        {
            var hit = sentence.Stances[k];
            if (hit.Cue.Kind is not (StanceCueKind.Neutral or StanceCueKind.Condition))
            {
                ReadStance(hit, NextStart(k));
            }
        }
        ReadNegatedIssues();
        return entries;
    }

    private int NextStart(int k) => k + 1 < sentence.Stances.Count ? sentence.Stances[k + 1].Start : sentence.Tokens.Count;

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

    /// <summary>Who proposed or offered something here: the author of a document the sentence names.</summary>
    public IReadOnlyList<PartyRef> Proposers() =>
        entries.Where(e => e.Stance is Stance.Proposes or Stance.Offers).Select(e => e.Party).DistinctBy(p => p.Party).ToList();

    private void ReadSources()
    {
        foreach (var hit in sentence.Issues.Where(hit => hit.Issue.SourceStance is not null))
        {
            if (lexicon.SourceLinks.LongestAt(sentence.Tokens, hit.End, sentence.Tokens.Count) is { Agent: { } agent })
            {
                foreach (var party in Subjects.PhraseAt(agent.First, sentence.Tokens.Count))
                {
                    Add(party, hit.Issue, hit.Issue.SourceStance!.Value, hit.Start, hit.End);
                }
                sourced.Add(hit);
                accepted.Add(hit);
            }
        }
    }

    /// <summary>"X could be held only after Y": the party holds X back (rejects it, conditionally) and demands Y.</summary>
    private void ReadCondition(StanceHit hit, int nextStance)
    {
        var clauseStart = sentence.Clauses.StartOf(hit.Start);
        var who = parties.Subject(hit.Start, hit.End, clauseStart);
        if (who.Count == 0)
        {
            return;
        }
        parties.Took(who, hit.End);
        foreach (var issue in IssuesBefore(clauseStart, hit.Start))
        {
            EmitStance(who, issue.Issue, Stance.Rejects, issue.Start, issue.End);
        }
        foreach (var issue in IssuesInScope(hit, hit.End, ScopeEnd(hit, hit.End, nextStance), out _))
        {
            EmitStance(who, issue.Issue, Stance.Demands, issue.Start, issue.End);
        }
    }

    private void ReadStance(StanceHit hit, int nextStance)
    {
        var count = sentence.Tokens.Count;
        var scopeStart = hit.End;
        var who = hit.Agent is { } named ? Subjects.PhraseAt(named.First, count) : [];
        if (!hit.Backward && lexicon.AgentLinks.LongestAt(sentence.Tokens, hit.End, count) is { Agent: { } agent } link)
        {
            who = Subjects.PhraseAt(agent.First, count);
            scopeStart = link.End;
        }
        var explicitAgent = who.Count > 0;
        var clauseStart = sentence.Clauses.StartOf(hit.Start);
        if (who.Count == 0)
        {
            who = hit.Cue.Modal ? parties.Speaker(hit.Start, hit.End) : parties.Subject(hit.Start, hit.End, clauseStart);
        }
        if (who.Count == 0)
        {
            return;
        }
        parties.Took(who, hit.End);
        var negated = IsNegated(hit.Start, clauseStart) != hit.Negated;
        if (!hit.Backward && sentence.Negators.EndOfMatchAt(scopeStart) is var negator and > 0)
        {
            // "must not", "wants no": a negator right after the cue turns it round too.
            negated = !negated;
            scopeStart = negator;
        }
        if (hit.Backward)
        {
            EmitAll(who, hit, negated, Antecedents(hit, clauseStart, scopeStart, scopeStart, explicitAgent));
            return;
        }
        if (hit.Cue.Modal)
        {
            // "the guarantees should include …": the modal's own subject is part of what is asked.
            foreach (var issue in IssuesBefore(clauseStart, hit.Start))
            {
                Emit(who, hit, issue.Issue, negated, issue.Start, issue.End);
            }
        }
        var scopeEnd = ScopeEnd(hit, scopeStart, nextStance);
        var issues = IssuesInScope(hit, scopeStart, scopeEnd, out var anyIssue);
        foreach (var issue in issues)
        {
            // "a peace agreement and not a mere ceasefire": a negator before one issue turns it alone round.
            var own = issue.Start > scopeStart && IsNegated(issue.Start, scopeStart);
            Emit(who, hit, issue.Issue, negated != own, issue.Start, issue.End);
        }
        ReadContrasts(who, hit, scopeStart, scopeEnd);
        if (issues.Count > 0)
        {
            AttributeElaboratedDemands(hit, issues, who);
        }
        else if (!anyIssue && !hit.Cue.Modal && !sentence.SideClauses.InReducedClause(hit.Start))
        {
            // A participle clause (", drafted by X,") describes what was named; it does not restate it.
            EmitAll(who, hit, negated, Antecedents(hit, clauseStart, scopeStart, scopeEnd, explicitAgent));
        }
    }

    /// <summary>"proposed X rather than Y": the party turns Y down.</summary>
    private void ReadContrasts(IReadOnlyList<PartyRef> who, StanceHit hit, int scopeStart, int scopeEnd)
    {
        if (hit.Cue.Stance is null or Stance.Rejects)
        {
            return;
        }
        var contrasts = sentence.Contrasts.Matches;
        for (var index = sentence.Contrasts.FirstIndexFrom(scopeStart); index < contrasts.Count && contrasts[index].End < scopeEnd; index++)
        {
            var contrast = contrasts[index];
            if (sentence.FirstIssueFrom(contrast.End) is { } issue && issue.Start - contrast.End <= ContrastReach && issue.End <= scopeEnd && !accepted.Contains(issue))
            {
                EmitStance(who, issue.Issue, Stance.Rejects, issue.Start, issue.End);
            }
        }
    }

    private const int ContrastReach = 3;

    /// <summary>
    /// "Ukraine will not gift its land", "not a mere ceasefire": an issue no stance governed, with a
    /// negator right before it in its clause, is rejected by the clause's subject (or its speaker).
    /// </summary>
    private void ReadNegatedIssues()
    {
        foreach (var issue in sentence.Issues)
        {
            if (accepted.Contains(issue) || sourced.Contains(issue))
            {
                continue;
            }
            var clauseStart = sentence.Clauses.StartOf(issue.Start);
            if (!IsNegated(issue.Start, clauseStart))
            {
                continue;
            }
            // Only an explicit subject or a speech verb's: a bare "we don't …" in a quote is too loose to read.
            var who = Subjects.SubjectIn(clauseStart, issue.Start);
            if (who.Count == 0)
            {
                who = parties.AttributedSpeaker(issue.Start);
            }
            if (who.Count > 0)
            {
                EmitStance(who, issue.Issue, Stance.Rejects, issue.Start, issue.End);
            }
        }
    }

    /// <summary>Issues in [from, to) no stance has taken yet, and not shielded ("accusations of …").</summary>
    private IEnumerable<IssueHit> IssuesBefore(int from, int to)
    {
        // A clause's subject stands near its verb; the bound keeps a run-on "sentence" linear.
        from = Math.Max(from, to - lexicon.Grammar.MaxScope);
        for (var index = sentence.FirstIssueIndexFrom(from); index < sentence.Issues.Count && sentence.Issues[index].End <= to; index++)
        {
            var issue = sentence.Issues[index];
            if (!accepted.Contains(issue) && !sentence.Shields.AnyWithin(from, issue.Start))
            {
                yield return issue;
            }
        }
    }

    /// <summary>"rejected these conditions, which include X and Y": X and Y are the demands referred to, so their makers demand them.</summary>
    private void AttributeElaboratedDemands(StanceHit hit, List<IssueHit> issues, IReadOnlyList<PartyRef> who)
    {
        if (sentence.PluralAnaphors.LastWithin(hit.End, issues[0].Start) is null)
        {
            return;
        }
        foreach (var demander in memory.RecentDemanders.Where(d => who.All(p => p.Party != d.Party)))
        {
            foreach (var issue in issues)
            {
                Add(demander, issue.Issue, Stance.Demands, issue.Start, issue.End);
            }
        }
    }

    private void EmitAll(IReadOnlyList<PartyRef> who, StanceHit hit, bool negated, IEnumerable<(IssueDefinition Issue, int First, int End)> antecedents)
    {
        foreach (var (issue, first, end) in antecedents)
        {
            Emit(who, hit, issue, negated, first, end);
        }
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

    private void Emit(IReadOnlyList<PartyRef> who, StanceHit hit, IssueDefinition issue, bool negated, int first, int end)
    {
        var stance = issue.Remap(hit.Cue.Stance ?? issue.AgendaStance);
        if (negated)
        {
            stance = stance == Stance.Rejects ? Stance.Accepts : Stance.Rejects;
        }
        EmitStance(who, issue, stance, first, end);
    }

    private void EmitStance(IReadOnlyList<PartyRef> who, IssueDefinition issue, Stance stance, int first, int end)
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
        foreach (var party in who)
        {
            // A document speaks in proposals: "the plan demands X" means its author proposes X.
            var taken = party.Document ? lexicon.Grammar.DocumentStance(stance) : stance;
            Add(party with { Document = false }, issue, taken, first, end);
        }
    }

    private void Add(PartyRef party, IssueDefinition issue, Stance stance, int first, int end)
    {
        if (seen.Add((party.Party, issue.Id, stance)))
        {
            entries.Add(new DemandEntry(party, issue, stance, first, end));
        }
    }

    private int ScopeEnd(StanceHit hit, int scopeStart, int nextStance)
    {
        var end = Math.Min(nextStance, Math.Min(sentence.Tokens.Count, scopeStart + lexicon.Grammar.MaxScope));
        var sideClauseEnd = sentence.SideClauses.EndAround(hit.Start);
        if (sideClauseEnd >= 0)
        {
            end = Math.Min(end, sideClauseEnd);
        }
        return sentence.Clauses.ScopeBreak(scopeStart, end);
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
