using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Detection.Subjects;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// A stance in a clause that only supposes it ("sanctions could be lifted if Moscow kept to a ceasefire",
/// "the pressure must grow until Moscow agrees to stop the killing") is no position of its subject: what
/// it supposes is the condition the main clause's party sets, so that party demands it. A supposed
/// refusal ("if Putin did not negotiate") is a threat's trigger and states nothing.
/// </summary>
public sealed class HypotheticalStances(SentenceContext sentence, StanceParties parties, Negation negation)
{
    /// <summary>How far the supposing opener may stand before the stance ("if the Kremlin finally agrees to").</summary>
    private const int MaxReach = 6;

    /// <summary>Whether <paramref name="hit"/> stands in a supposing clause, and so is read by <see cref="Condition"/> or not at all.</summary>
    public bool IsSupposed(StanceHit hit, out int opener) => IsSupposed(hit.Start, out opener);

    /// <summary>Whether the token stands in a supposing clause ("if Putin did not negotiate"), and where its opener is.</summary>
    public bool IsSupposed(int token, out int opener)
    {
        // The opener starts the supposing clause, so it may stand just before the clause the token is in.
        opener = sentence.Hypotheticals.LastWithin(Math.Max(0, token - MaxReach), token) is { } match ? match.Start : -1;
        return opener >= 0 && !sentence.Attributions.AnyWithin(opener, token) && !sentence.ScopeEnds.AnyWithin(opener + 1, token);
    }

    /// <summary>The demand the supposed stance amounts to, with the party of the main clause, or null when it states nothing.</summary>
    public (StanceHit Demand, IReadOnlyList<PartyRef> Party)? Condition(StanceHit hit, int opener)
    {
        if (hit.Negated || negation.IsNegatedBefore(hit.Start, opener) || hit.Cue.Kind is not (StanceCueKind.Accepts or StanceCueKind.Offers))
        {
            return null;
        }
        var main = parties.AttributedSpeaker(opener) is { Count: > 0 } said ? said
            : parties.Subjects.MainSubjectBefore(opener) is { Count: > 0 } subject ? subject
            : parties.Speaker(hit.Start, hit.End);
        return main.Count == 0 ? null : (hit with { Cue = hit.Cue with { Kind = StanceCueKind.Demands } }, main);
    }
}
