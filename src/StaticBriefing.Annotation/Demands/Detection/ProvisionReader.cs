using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// The terms of a plan told one by one after the plan was named ("The draft … . Ukraine would cap its
/// army …; elections would be held …"): in a sentence with a provision modal, every issue no stance
/// cue took is a proposal of the plan's remembered author. What the other side "would get" the
/// author offers; an issue after "rather than" the author turns down. The sentence's own subject is
/// the one bound by the term, not the one proposing it.
/// </summary>
public static class ProvisionReader
{
    private const int GainReach = 4;
    private const int ContrastReach = 3;
    private const int NegatorReach = 3;

    /// <summary>Whether the sentence reads as a plan's term: it has a provision modal.</summary>
    public static bool IsProvision(CompiledDemandLexicon lexicon, SentenceContext sentence) =>
        new TokenMarks(lexicon.ProvisionModals, sentence.Tokens).Matches.Count > 0;

    public static IReadOnlyList<DemandEntry> Read(CompiledDemandLexicon lexicon, SentenceContext sentence, IReadOnlyList<PartyRef> authors, IReadOnlyList<DemandEntry> found)
    {
        if (authors.Count == 0 || !IsProvision(lexicon, sentence))
        {
            return [];
        }
        var gains = new TokenMarks(lexicon.ProvisionGains, sentence.Tokens);
        var entries = new List<DemandEntry>();
        foreach (var hit in sentence.Issues)
        {
            if (found.Any(entry => entry.First < hit.End && hit.Start < entry.End) || Near(sentence.Negators, hit.Start, NegatorReach))
            {
                continue;
            }
            var stance = Near(sentence.Contrasts, hit.Start, ContrastReach) ? Stance.Rejects
                : Near(gains, hit.Start, GainReach) ? Stance.Offers
                : Stance.Proposes;
            foreach (var author in authors)
            {
                var party = author with { Document = false };
                if (!found.Concat(entries).Any(entry => entry.Party.Party == party.Party && entry.Issue == hit.Issue))
                {
                    entries.Add(new DemandEntry(party, hit.Issue, stance, hit.Start, hit.End));
                }
            }
        }
        return entries;
    }

    /// <summary>Whether a match of <paramref name="marks"/> ends within <paramref name="reach"/> tokens before <paramref name="token"/>.</summary>
    private static bool Near(TokenMarks marks, int token, int reach) =>
        marks.Matches.Any(match => match.End <= token && token - match.End <= reach);
}
