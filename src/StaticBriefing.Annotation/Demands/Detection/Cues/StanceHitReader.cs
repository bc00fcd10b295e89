using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// The stance cues of one sentence that state a stance of their own, with modals composed: not
/// inside a mention, an anaphor or an issue cue, not the object noun or weak echo of the cue
/// before, and a restricted cue only when its own issue follows.
/// </summary>
public sealed class StanceHitReader(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private const int MaxDeterminers = 3;

    /// <summary>How close its own issue must follow a cue restricted to some issues.</summary>
    private const int RestrictedCueReach = 3;

    /// <summary>How close after its issue a cue saying it happened must stand ("the exchange agreed in May had taken place").</summary>
    private const int EnactedCueReach = 5;

    /// <summary>How close an agenda cue must follow a real stance to be its echo.</summary>
    private const int WeakAgendaReach = 6;

    private readonly NounOwner owners = new(lexicon, sentence);
    private readonly DemandedStateParticiple demandedState = new(lexicon, sentence);

    public List<StanceHit> Read()
    {
        var tokens = sentence.Tokens;
        var issues = sentence.Issues;
        var hits = new List<StanceHit>();
        var issue = 0;
        // Read once, so the matches stay in the borrowed scratch list (calls made in the loop take lists of their own).
        var matches = CueMatchScratch.Borrow(lexicon.StanceCues, tokens);
        foreach (var match in matches)
        {
            var cue = lexicon.StanceOf[match.Cue];
            if (tokens.InsideMention(match.Start, match.End) || InsideAnaphor(match) || IsWeakAgenda(cue, match, hits) || demandedState.Describes(match, hits))
            {
                continue;
            }
            var noun = sentence.StanceNouns.EndOfMatchAt(match.Start) is var nounEnd && nounEnd > match.Start && nounEnd <= match.End;
            var (phraseStart, owner) = noun ? owners.Before(match.Start, hits.Count > 0 ? hits[^1].End : 0, afterStance: hits.Count > 0) : (match.Start, -1);
            var isObject = noun && IsObjectNoun(phraseStart, hits);
            if (isObject && owner < 0)
            {
                continue;
            }
            while (issue < issues.Count && issues[issue].End <= match.Start)
            {
                issue++;
            }
            // A modal of demand inside an issue cue ("sanctions must be lifted") still states the speaker's
            // stance; "could" there is too weak to say which ("a vote could be held": proposed or accepted).
            if (cue is not { Modal: true, Kind: StanceCueKind.Demands } && issue < issues.Count && match.Start > issues[issue].Start && match.End <= issues[issue].End)
            {
                continue;
            }
            if (cue.Enacted)
            {
                if (!EnactedIssueBefore(cue, match.Start))
                {
                    continue;
                }
            }
            else if (cue.Issues.Count > 0)
            {
                // Its issue follows it, or opens with it ("swapped 300 prisoners" is one issue cue).
                var next = sentence.FirstIssueFrom(match.Start);
                if (next is null || next.Start - match.End > RestrictedCueReach || !cue.Issues.Contains(next.Issue.Id))
                {
                    continue;
                }
            }
            var last = lexicon.StanceCues.Patterns[match.Cue].Elements[^1];
            var backward = cue.Verdict || last.Kind == ElementKind.Slot && last.Slot == SlotKind.Agent;
            hits.Add(new StanceHit(cue, match.Start, match.End, match.Agent, backward) { Owner = owner >= 0 ? owner : null, Object = isObject, Noun = noun });
        }
        CueMatchScratch.Give(matches);
        // Most sentences state no stance: nothing to compose.
        return hits.Count == 0 ? hits : new ComplementReader(lexicon, sentence).Absorb(RefusalChain.Compose(new ModalComposer(sentence).Compose(hits)));
    }

    /// <summary>Whether one of the cue's issues, or a noun naming one ("the exchange"), stands just before it.</summary>
    private bool EnactedIssueBefore(StanceCue cue, int start)
    {
        if (sentence.LastIssueBefore(start) is { } done && start - done.End <= EnactedCueReach)
        {
            return cue.Issues.Contains(done.Issue.Id);
        }
        for (var i = Math.Max(0, start - EnactedCueReach); i < start; i++)
        {
            if (lexicon.ReferredNouns.Contains(sentence.Tokens.Word(i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "rejected any suggestion that …", "accepted the US plan": a stance noun right after a stance
    /// verb (past determiners, its owner and modifiers, which start at <paramref name="phraseStart"/>) is its object.
    /// </summary>
    private bool IsObjectNoun(int phraseStart, List<StanceHit> hits)
    {
        if (hits.Count == 0)
        {
            return false;
        }
        var previous = hits[^1];
        if (previous.Cue.Stance is null || previous.Cue.Modal || previous.Cue.Kind is StanceCueKind.Condition or StanceCueKind.ConditionNoun || phraseStart - previous.End > MaxDeterminers)
        {
            return false;
        }
        return sentence.Determiners.EachTokenMatchedIn(previous.End, phraseStart);
    }

    /// <summary>
    /// "rejected these demands", "urged Moscow to agree": the cue is the anaphor's, not a new stance.
    /// A singular anaphor that is only a determiner and the cue ("the proposal by X") still states one.
    /// </summary>
    private bool InsideAnaphor(CueMatch match) =>
        Within(sentence.PluralAnaphors, match) is not null
        || (Within(sentence.SingularAnaphors, match) is { } anaphor && !sentence.Determiners.EachTokenMatchedIn(anaphor.Start, match.Start));

    private static CueMatch? Within(TokenMarks anaphors, CueMatch match) =>
        anaphors.LastWithin(0, match.Start + 1) is { } anaphor && anaphor.Start <= match.Start && match.End <= anaphor.End && anaphor.End - anaphor.Start > match.End - match.Start
            ? anaphor
            : null;

    /// <summary>An agenda cue right after a real stance ("demands continue to focus on") adds nothing.</summary>
    private bool IsWeakAgenda(StanceCue cue, CueMatch match, List<StanceHit> hits)
    {
        if (cue.Kind != StanceCueKind.Agenda || hits.Count == 0)
        {
            return false;
        }
        var previous = hits[^1];
        if (previous.Cue.Stance is null || match.Start - previous.End > WeakAgendaReach)
        {
            return false;
        }
        var between = sentence.FirstIssueFrom(previous.End);
        return between is null || between.Start >= match.Start;
    }
}
