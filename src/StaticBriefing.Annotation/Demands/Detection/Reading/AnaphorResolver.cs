using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// What a cue with no issue of its own refers to. A forward cue takes an anaphor right after
/// it ("rejected this", "wants no part of it"); a backward cue ("unacceptable to X", "as
/// requested by X") takes the nearer of an anaphor or an issue before it. A plural anaphor
/// ("these conditions") means the demands last made, a singular one the issue last named.
/// </summary>
public sealed class AnaphorResolver(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, SentencePositions positions)
{
    private const int AnaphorReach = 4;

    private readonly DescriptiveReference descriptions = new(lexicon, sentence, memory);
    private readonly AnaphorMarks marks = new(lexicon, sentence);
    private readonly EllipticalObject ellipsis = new(lexicon, sentence);
    private readonly AmountObject amounts = new(sentence);

    /// <summary>How many issue cues back an anaphor may look: anaphora refers to something recent.</summary>
    private const int IssueLookBack = 8;

    public IEnumerable<(IssueDefinition Issue, int First, int End)> Antecedents(StanceHit hit, int clauseStart, int scopeStart, int scopeEnd, bool explicitAgent)
    {
        CueMatch? anaphor;
        if (hit.Backward || explicitAgent && !StartsWithAnaphor(scopeStart, scopeEnd))
        {
            anaphor = Later(marks.Plural.LastWithin(clauseStart, hit.Start), marks.Singular.LastWithin(clauseStart, hit.Start));
            var earlier = positions.LastIssueBefore(hit.Start, IssueLookBack);
            var described = descriptions.Before(clauseStart, hit.Start);
            if (described.Count > 0 && (earlier is null || described[0].First > earlier.Start) && (anaphor is null || described[0].First >= anaphor.Value.Start))
            {
                return described;
            }
            if (earlier is not null && (anaphor is null || earlier.Start > anaphor.Value.Start))
            {
                return [(earlier.Issue, hit.Start, hit.End)];
            }
        }
        else
        {
            anaphor = StartsWithAnaphor(scopeStart, scopeEnd) ? Later(marks.Plural.LastWithin(scopeStart, scopeStart + AnaphorReach), marks.Singular.LastWithin(scopeStart, scopeStart + AnaphorReach)) : OwnAnaphor(hit);
            // "dismissed the invitation": a noun that says what it refers to outweighs a bare pronoun after it.
            var described = descriptions.After(scopeStart, scopeEnd);
            if (described.Count > 0 && (anaphor is null || described[0].First <= anaphor.Value.Start))
            {
                return described;
            }
        }
        if (anaphor is not { } found)
        {
            // "The Kremlin balked.": a rejection or acceptance with no object answers the issue last named
            // (not "in Russian hands", where a proposal cue ends a sentence on its own).
            // "Kyiv accepted a truce; Moscow balked.": an issue named earlier in the sentence comes first.
            if (!hit.Backward && amounts.IsAmount(scopeStart, scopeEnd))
            {
                // "Washington offers guarantees for 15 years, and Kyiv asks for up to 50 years": a bid on the issue just named.
                return positions.LastIssueBefore(hit.Start, IssueLookBack) is { } bid ? [(bid.Issue, hit.Start, hit.End)] : [];
            }
            return !hit.Backward && hit.Cue.Stance is Stance.Rejects or Stance.Accepts && ellipsis.IsUnsaid(scopeStart, hit.Start)
                && (positions.LastIssueBefore(clauseStart, IssueLookBack)?.Issue ?? memory.RecentIssues.LastOrDefault()) is { } last ? [(last, hit.Start, hit.End)] : [];
        }
        if (marks.Plural.EndOfMatchAt(found.Start) == found.End)
        {
            var demanded = memory.RecentDemands.Count > 0 ? memory.RecentDemands : memory.RecentIssues.TakeLast(1).ToList();
            return demanded.Select(issue => (issue, found.Start, found.End));
        }
        // "accept this proposal": a noun for something put forward means what was last proposed or offered.
        var offered = lexicon.Grammar.Anaphora.OfferedNouns.Contains(sentence.Tokens.Word(found.End - 1)) ? memory.RecentProposals.LastOrDefault() : null;
        var before = positions.LastIssueBefore(found.Start, IssueLookBack)?.Issue ?? offered ?? memory.RecentIssues.LastOrDefault();
        return before is null ? [] : [(before, found.Start, found.End)];
    }

    /// <summary>An anaphor the cue ends with ("supports this demand"): the cue took its object in.</summary>
    private CueMatch? OwnAnaphor(StanceHit hit) =>
        marks.Singular.LastWithin(hit.Start + 1, hit.End) is { } own && own.End == hit.End ? own : null;

    /// <summary>Whether an anaphor stands within reach of the scope's start, with no punctuation before it.</summary>
    private bool StartsWithAnaphor(int scopeStart, int scopeEnd)
    {
        var limit = Math.Min(scopeEnd, scopeStart + AnaphorReach);
        var ownPhrase = false;
        for (var i = scopeStart; i < limit; i++)
        {
            if (IsAnaphorAt(i))
            {
                // "would not recognise any agreement about it": the object is a phrase of its own, the pronoun inside it;
                // not "urged his counterpart to engage", where the addressee stands before the verb.
                return !ownPhrase || sentence.ComplementLinks.EndOfMatchAt(i) > 0;
            }
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return false;
            }
            ownPhrase |= sentence.Determiners.EndOfMatchAt(i) == i + 1 && sentence.Determiners.EndOfMatchAt(i + 1) < 0 && !IsAnaphorAt(i + 1);
        }
        return false;
    }

    private bool IsAnaphorAt(int token) =>
        marks.Singular.EndOfMatchAt(token) > 0 || marks.Plural.EndOfMatchAt(token) > 0;

    private static CueMatch? Later(CueMatch? a, CueMatch? b) =>
        a is null ? b : b is null ? a : b.Value.Start > a.Value.Start ? b : a;
}
