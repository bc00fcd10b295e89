using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

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
        TokenMarks.Of(lexicon.ProvisionModals, sentence.Tokens).Matches.Count > 0;

    /// <summary>"The American draft would lift sanctions in stages": an owned proposal as the subject states its author's terms at once.</summary>
    public static IReadOnlyList<PartyRef> OwnedProposalSubject(CompiledDemandLexicon lexicon, SentenceContext context)
    {
        if (context.Issues.Count == 0 || !IsProvision(lexicon, context))
        {
            return [];
        }
        var subject = new SubjectFinder(lexicon, context).MainSubject();
        return subject.Count > 0 && subject.All(party => party.Document) ? subject : [];
    }

    public static IReadOnlyList<DemandEntry> Read(CompiledDemandLexicon lexicon, SentenceContext sentence, IReadOnlyList<PartyRef> authors, IReadOnlyList<DemandEntry> found)
    {
        if (authors.Count == 0)
        {
            return [];
        }
        var modals = TokenMarks.Of(lexicon.ProvisionModals, sentence.Tokens);
        if (modals.Matches.Count == 0)
        {
            return [];
        }
        var gains = TokenMarks.Of(lexicon.ProvisionGains, sentence.Tokens);
        var entries = new List<DemandEntry>();
        foreach (var hit in sentence.Issues)
        {
            // An issue a stance of the sentence already took is no term of the plan, whether the stance names it
            // in its span or passes a verdict on it ("Moscow would treat any such troops as legitimate targets").
            if (found.Any(entry => entry.Issue == hit.Issue || (entry.First < hit.End && hit.Start < entry.End)) || IsNegated(sentence, modals, hit.Start))
            {
                continue;
            }
            var stance = Near(sentence.Contrasts, hit.Start, ContrastReach) ? Stance.Rejects
                : IsGained(sentence, gains, hit) ? Stance.Offers
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

    /// <summary>"would not be asked to hold elections": a negator in the same stretch of words before the issue.</summary>
    private static bool IsNegated(SentenceContext sentence, TokenMarks modals, int token)
    {
        var from = Math.Max(0, Math.Min(modals.LastWithin(0, token)?.End ?? token, token - NegatorReach));
        if (sentence.Negators.LastWithin(from, token) is not { } negator || negator.End > token)
        {
            return false;
        }
        // "barred from NATO, though not from the EU, and sanctions would be eased": punctuation between ends its reach.
        return sentence.Tokens.Tokens.Skip(negator.End).Take(token - negator.End).All(t => t.IsWord);
    }

    /// <summary>"would get guarantees, and elections …": a gain governs only the first issue after it.</summary>
    private static bool IsGained(SentenceContext sentence, TokenMarks gains, IssueHit hit) =>
        gains.Matches.Any(gain => gain.End <= hit.Start && hit.Start - gain.End <= GainReach
            && sentence.Issues.First(other => other.Start >= gain.End) == hit);

    /// <summary>Whether a match of <paramref name="marks"/> ends within <paramref name="reach"/> tokens before <paramref name="token"/>.</summary>
    private static bool Near(TokenMarks marks, int token, int reach) =>
        marks.Matches.Any(match => match.End <= token && token - match.End <= reach);
}
