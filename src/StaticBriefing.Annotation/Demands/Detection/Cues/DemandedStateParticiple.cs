using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// "wants the guarantees signed before …", "demands guarantees ratified by Congress": a past participle
/// right after an issue (or after its "be") that a demand governs says the state the demand wants the issue in, not a
/// stance of its own (nor of the agent after it).
/// </summary>
public sealed class DemandedStateParticiple(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private const int MaxLinks = 2;

    public bool Describes(CueMatch match, List<StanceHit> hits)
    {
        if (hits.Count == 0 || match.End - match.Start != 1 || !sentence.HasWordEnding(match.Start, lexicon.Grammar.PastParticipleEndings))
        {
            return false;
        }
        var demand = hits[^1];
        return demand.Cue.Kind == StanceCueKind.Demands
            && sentence.LastIssueBefore(match.Start) is { } issue
            && OnlyLinksBetween(issue.End, match.Start)
            && issue.Start >= demand.End;
    }

    /// <summary>"insists that the guarantees be ratified", "wants them to be signed": a copula (after "to") may stand between.</summary>
    private bool OnlyLinksBetween(int from, int to)
    {
        if (to - from > MaxLinks)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (sentence.Copulas.EndOfMatchAt(i) != i + 1 && sentence.Tokens.Word(i) != "to")
            {
                return false;
            }
        }
        return true;
    }
}
