using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// Reads one stance cue: its party is an agent the cue names ("by X", "unacceptable to X"), else
/// the clause's subject (a modal's speaker); it governs the issues in its scope, turned round by a
/// negator, or, with none there, what an anaphor refers to ("rejected this").
/// </summary>
public sealed class StanceReader(
    CompiledDemandLexicon lexicon,
    SentenceContext sentence,
    DiscourseMemory memory,
    StanceParties parties,
    StanceScope scope,
    Negation negation,
    SentencePositions positions)
{
    private readonly AnaphorResolver anaphora = new(lexicon, sentence, memory, positions);
    private readonly ContrastReader contrasts = new(sentence, positions);
    private readonly RelativeObject relatives = new(sentence);
    private readonly HypotheticalStances hypotheticals = new(sentence, parties, negation);
    private readonly CopulaPredicates predicates = new(lexicon, sentence);
    private readonly ElaboratedDemands elaborated = new(sentence, memory, positions);
    private readonly AppositiveRestatement appositives = new(lexicon, sentence, positions);

    public void Read(StanceHit hit, int nextStance)
    {
        if (hit.Agent is null && hit.Owner is null && hypotheticals.IsSupposed(hit, out var opener))
        {
            if (hypotheticals.Condition(hit, opener) is var (demand, party))
            {
                Read(demand, nextStance, party);
            }
            return;
        }
        Read(hit, nextStance, []);
    }

    /// <summary>Reads a cue whose party is already known (<paramref name="party"/>), or, when empty, found here.</summary>
    public void Read(StanceHit hit, int nextStance, IReadOnlyList<PartyRef> party)
    {
        var count = sentence.Tokens.Count;
        var scopeStart = hit.End;
        var restated = party.Count == 0 && hit is { Agent: null, Owner: null, Cue.Modal: false } ? appositives.Before(hit.Start) : null;
        var who = party.Count > 0 ? party
            : restated is { } appositive && parties.Subjects.PhraseAt(appositive.Subject, hit.Start) is { Count: > 0 } restating ? restating
            : hit.Agent is { } named ? parties.Subjects.PhraseAt(named.First, count)
            : hit.Owner is { } owner ? parties.Subjects.PhraseAt(owner, count) : [];
        if (IsDemandVerb(hit) && lexicon.AddresseeLinks.LongestAt(sentence.Tokens, hit.End, count) is { } addressee)
        {
            scopeStart = addressee.End;
        }
        else if (!hit.Backward && lexicon.AgentLinks.LongestAt(sentence.Tokens, hit.End, count) is { Agent: { } agent } link)
        {
            who = parties.Subjects.PhraseAt(agent.First, count);
            scopeStart = link.End;
        }
        var explicitAgent = who.Count > 0;
        var clauseStart = sentence.Clauses.StartOf(hit.Start);
        var predicate = predicates.Is(hit) || predicates.IsPassiveProposal(hit);
        if (who.Count == 0 && (predicate || hit.Cue.Verdict) && scope.IssuesOpenedBefore(clauseStart, hit.Start).Any())
        {
            // "Peskov said NATO membership is out of the question", "… any European soldiers would be a target": the speaker's.
            who = parties.Speaker(hit.Start, hit.End);
        }
        if (who.Count == 0)
        {
            who = hit.Cue.Modal ? parties.Speaker(hit.Start, hit.End) : parties.Subject(hit.Start, hit.End, clauseStart);
        }
        if (who.Count == 0)
        {
            return;
        }
        var owned = hit.Owner is not null && hit.Agent is null;
        if (!owned)
        {
            // An owned noun's party is not the clause's: a later participle still hangs on the subject.
            parties.Took(who, hit.End);
        }
        if (hit.Cue.Stance is Stance.Proposes or Stance.Offers && (!explicitAgent || owned))
        {
            // "X tabled a draft": X is the draft's author even where the sentence names no issue
            // (not "drafted by X and Y", which may name co-authors the text does not make proposers).
            positions.Tabled(who);
        }
        // "would not accept the US plan": the negator turns the verb round, not the owner's proposal.
        var negated = owned ? hit.Negated : negation.IsNegatedBefore(hit.Start, clauseStart) != hit.Negated;
        if (!hit.Backward && sentence.Negators.EndOfMatchAt(scopeStart) is var negator and > 0 && sentence.FirstIssueFrom(scopeStart)?.Start != scopeStart)
        {
            // "must not", "wants no" turn the cue round; not a negator opening an issue ("pledged not to strike energy sites").
            negated = !negated;
            scopeStart = negator;
        }
        if (restated is { Issue: var restatedIssue } && (hit.Backward || scope.IssuesIn(hit, scopeStart, scope.End(hit, scopeStart, nextStance), out _).Count == 0))
        {
            // "…, a plan Belgium has opposed": the appositive's clause is about what the appositive restates.
            positions.Take(who, hit, restatedIssue.Issue, negated, restatedIssue.Start, restatedIssue.End);
            return;
        }
        if (hit.Backward)
        {
            TakeAll(who, hit, negated, anaphora.Antecedents(hit, clauseStart, scopeStart, scopeStart, explicitAgent));
            return;
        }
        if (hit.Cue.Modal || predicate)
        {
            // "the guarantees should include …": the modal's own subject is part of what is asked,
            // as is an issue the modal stands inside ("sanctions must be lifted").
            foreach (var issue in scope.IssuesOpenedBefore(clauseStart, hit.Start))
            {
                positions.Take(who, hit, issue.Issue, negated, issue.Start, issue.End);
            }
        }
        var scopeEnd = scope.End(hit, scopeStart, nextStance);
        var issues = scope.IssuesIn(hit, scopeStart, scopeEnd, out var anyIssue);
        foreach (var issue in issues)
        {
            // "a peace agreement and not a mere ceasefire": a negator before one issue turns it alone round.
            var own = issue.Start > scopeStart && negation.IsNegatedBefore(issue.Start, scopeStart);
            positions.Take(who, hit, issue.Issue, negated != own, issue.Start, issue.End);
        }
        contrasts.Read(who, hit, scopeStart, scopeEnd);
        if (issues.Count > 0)
        {
            elaborated.Read(hit, issues, who);
        }
        else if (!anyIssue && !hit.Cue.Modal && (relatives.Antecedent(clauseStart) ?? relatives.ReducedAntecedent(hit.Start)) is { } antecedent)
        {
            positions.Take(who, hit, antecedent.Issue, negated, antecedent.Start, antecedent.End);
        }
        else if (!anyIssue && !hit.Cue.Modal && !sentence.SideClauses.InReducedClause(hit.Start))
        {
            // A participle clause (", drafted by X,") describes what was named; it does not restate it.
            TakeAll(who, hit, negated, anaphora.Antecedents(hit, clauseStart, scopeStart, scopeEnd, explicitAgent));
        }
    }

    private void TakeAll(IReadOnlyList<PartyRef> who, StanceHit hit, bool negated, IEnumerable<(IssueDefinition Issue, int First, int End)> antecedents)
    {
        foreach (var (issue, first, end) in antecedents)
        {
            positions.Take(who, hit, issue, negated, first, end);
        }
    }

    /// <summary>A demand stated by a verb, not by a stance noun ("demanded from X", not "the demands from X").</summary>
    private static bool IsDemandVerb(StanceHit hit) =>
        hit is { Cue.Kind: StanceCueKind.Demands, Cue.Modal: false, Backward: false, Noun: false };
}
