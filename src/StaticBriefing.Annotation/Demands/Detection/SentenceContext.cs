using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// Everything read from one sentence before stances are resolved: tokens, cues and function-word
/// marks. Each is computed on first use, so a reader that needs few of them pays for few.
/// </summary>
public sealed class SentenceContext(CompiledDemandLexicon lexicon, SentenceTokens tokens)
{
    private List<IssueHit>? issues;
    private List<StanceHit>? stances;
    private TokenMarks? scopeEnds, clauseBreaks, prepositions, determiners, coordinators, shields, negators;
    private TokenMarks? collectives, singularAnaphors, pluralAnaphors, pronouns, attributions;
    private TokenMarks? documents, proposalDocuments, stanceNouns, contrasts, relatives;
    private List<(int Start, int End)>? relativeSpans;
    private int? frontedEnd;

    public SentenceTokens Tokens { get; } = tokens;

    public List<IssueHit> Issues => issues ??= ReadIssues();

    public List<StanceHit> Stances => stances ??= ReadStances(lexicon, Tokens);

    public TokenMarks ScopeEnds => scopeEnds ??= new TokenMarks(lexicon.ScopeEnds, Tokens);

    public TokenMarks ClauseBreaks => clauseBreaks ??= new TokenMarks(lexicon.ClauseBreaks, Tokens);

    public TokenMarks Prepositions => prepositions ??= new TokenMarks(lexicon.Prepositions, Tokens);

    public TokenMarks Determiners => determiners ??= new TokenMarks(lexicon.Determiners, Tokens);

    public TokenMarks Coordinators => coordinators ??= new TokenMarks(lexicon.Coordinators, Tokens);

    public TokenMarks Shields => shields ??= new TokenMarks(lexicon.Shields, Tokens);

    public TokenMarks Negators => negators ??= new TokenMarks(lexicon.Negators, Tokens);

    public TokenMarks Collectives => collectives ??= new TokenMarks(lexicon.Collectives, Tokens);

    public TokenMarks SingularAnaphors => singularAnaphors ??= new TokenMarks(lexicon.SingularAnaphors, Tokens);

    public TokenMarks PluralAnaphors => pluralAnaphors ??= new TokenMarks(lexicon.PluralAnaphors, Tokens);

    public TokenMarks Pronouns => pronouns ??= new TokenMarks(lexicon.Pronouns, Tokens);

    public TokenMarks Documents => documents ??= new TokenMarks(lexicon.Documents, Tokens);

    public TokenMarks ProposalDocuments => proposalDocuments ??= new TokenMarks(lexicon.ProposalDocuments, Tokens);

    public TokenMarks StanceNouns => stanceNouns ??= new TokenMarks(lexicon.StanceNouns, Tokens);

    public TokenMarks Contrasts => contrasts ??= new TokenMarks(lexicon.Contrasts, Tokens);

    public TokenMarks Relatives => relatives ??= new TokenMarks(lexicon.Relatives, Tokens);

    /// <summary>Side clauses ", who …," as [comma, closing comma]: what is said inside stays inside.</summary>
    public List<(int Start, int End)> RelativeSpans => relativeSpans ??= FindRelativeSpans();

    /// <summary>The closing comma of the side clause holding <paramref name="token"/>, or -1.</summary>
    public int RelativeEndAround(int token) =>
        SpanBefore(token) is var index && index >= 0 && token < RelativeSpans[index].End ? RelativeSpans[index].End : -1;

    /// <summary>The index of the last side clause starting before <paramref name="token"/>, or -1 (spans are sorted by start).</summary>
    private int SpanBefore(int token) => SortedSearch.FirstIndexFrom(RelativeSpans, token, static span => span.Start) - 1;

    public TokenMarks Attributions => attributions ??= new TokenMarks(lexicon.Attributions, Tokens,
        match => !Tokens.InsideMention(match.Start, match.End) && Tokens.Word(match.Start - 1) != Possessive);

    /// <summary>The possessive token: "Russia’s stated willingness" is no statement.</summary>
    private const string Possessive = "'s";

    /// <summary>The token after the comma that closes a fronted phrase ("In contrast, …"), or 0.</summary>
    public int FrontedEnd => frontedEnd ??= FindFrontedEnd(lexicon, Tokens);

    /// <summary>Where the clause holding <paramref name="token"/> starts: after the last scope end or clause break, or after a fronted phrase.</summary>
    public int ClauseStart(int token) => ClauseStart(token, MaxSideClausesSkipped);

    private const int MaxSideClausesSkipped = 3;

    private int ClauseStart(int token, int sideClauses)
    {
        var start = 0;
        if (ScopeEnds.LastWithin(0, token) is { } end && end.End <= token)
        {
            start = end.End;
        }
        if (ClauseBreaks.LastWithin(start, token) is { } brk && brk.End <= token)
        {
            start = brk.End;
        }
        // A side clause closed before the token does not start its clause: look past it.
        if (sideClauses > 0 && start > 0 && SpanBefore(start) is var index && index >= 0 && RelativeSpans[index] is var (spanStart, spanEnd) && spanEnd < token && start <= spanEnd)
        {
            return ClauseStart(spanStart, sideClauses - 1);
        }
        return start == 0 && token >= FrontedEnd ? FrontedEnd : start;
    }

    private const int MaxSideClause = 30;

    /// <summary>Side clauses opened by a past participle (", drafted by X in May,"): background, not a new stance.</summary>
    public bool InReducedClause(int token) =>
        SpanBefore(token) is var index && index >= 0 && token < RelativeSpans[index].End && Relatives.EndOfMatchAt(RelativeSpans[index].Start + 1) < 0;

    private List<(int Start, int End)> FindRelativeSpans()
    {
        var spans = new List<(int, int)>();
        var openers = Relatives.Matches.Select(match => (match.Start, match.End)).ToList();
        for (var i = 1; i < Tokens.Count; i++)
        {
            if (Tokens.Word(i - 1) == "," && IsParticiple(i, lexicon.Grammar.PastParticipleEndings))
            {
                openers.Add((i, i + 1));
            }
        }
        foreach (var pronoun in openers.OrderBy(opener => opener.Start))
        {
            if (pronoun.Start == 0 || Tokens.Word(pronoun.Start - 1) != ",")
            {
                continue;
            }
            var limit = Math.Min(Tokens.Count, pronoun.End + MaxSideClause);
            for (var i = pronoun.End; i < limit; i++)
            {
                if (Tokens.Word(i) == ",")
                {
                    spans.Add((pronoun.Start - 1, i));
                    break;
                }
                if (ScopeEnds.EndOfMatchAt(i) > 0 && !Tokens.Tokens[i].IsWord)
                {
                    break;
                }
            }
        }
        return spans;
    }

    private List<IssueHit> ReadIssues()
    {
        var found = new List<IssueHit>();
        foreach (var match in lexicon.IssueCues.FindAll(Tokens))
        {
            if (!Tokens.InsideMention(match.Start, match.End))
            {
                found.Add(new IssueHit(lexicon.IssueOf[match.Cue], match.Start, match.End));
            }
        }
        return found;
    }

    /// <summary>The first issue cue starting at or after <paramref name="token"/>, or null.</summary>
    public IssueHit? FirstIssueFrom(int token)
    {
        var index = FirstIssueIndexFrom(token);
        return index < Issues.Count ? Issues[index] : null;
    }

    /// <summary>The index in <see cref="Issues"/> of the first cue starting at or after <paramref name="token"/>.</summary>
    public int FirstIssueIndexFrom(int token) => SortedSearch.FirstIndexFrom(Issues, token, static issue => issue.Start);

    /// <summary>Stance cues, leaving out those inside an issue cue and restricted cues whose next issue is not theirs.</summary>
    private List<StanceHit> ReadStances(CompiledDemandLexicon lexicon, SentenceTokens tokens)
    {
        var hits = new List<StanceHit>();
        var issue = 0;
        foreach (var match in lexicon.StanceCues.FindAll(tokens))
        {
            var cue = lexicon.StanceOf[match.Cue];
            if (tokens.InsideMention(match.Start, match.End) || InsideAnaphor(match) || IsWeakAgenda(cue, match, hits) || IsObjectNoun(match, hits))
            {
                continue;
            }
            while (issue < Issues.Count && Issues[issue].End <= match.Start)
            {
                issue++;
            }
            if (issue < Issues.Count && match.Start > Issues[issue].Start && match.End <= Issues[issue].End)
            {
                continue;
            }
            if (cue.Issues.Count > 0)
            {
                var next = FirstIssueFrom(match.End);
                if (next is null || next.Start - match.End > 3 || !cue.Issues.Contains(next.Issue.Id))
                {
                    continue;
                }
            }
            var last = lexicon.StanceCues.Patterns[match.Cue].Elements[^1];
            var backward = last.Kind == ElementKind.Slot && last.Slot == SlotKind.Agent;
            hits.Add(new StanceHit(cue, match.Start, match.End, match.Agent, backward));
        }
        return new ModalComposer(this).Compose(hits);
    }

    private const int MaxDeterminers = 3;

    /// <summary>"rejected any suggestion that …": a stance noun right after a stance verb is its object, not a new stance.</summary>
    private bool IsObjectNoun(CueMatch match, List<StanceHit> hits)
    {
        if (hits.Count == 0 || StanceNouns.EndOfMatchAt(match.Start) != match.End)
        {
            return false;
        }
        var previous = hits[^1];
        if (previous.Cue.Stance is null || previous.Cue.Modal || previous.Cue.Kind == StanceCueKind.Condition || match.Start - previous.End > MaxDeterminers)
        {
            return false;
        }
        for (var i = previous.End; i < match.Start; i++)
        {
            if (Determiners.EndOfMatchAt(i) != i + 1)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"rejected these demands": the noun is the anaphor's, not a new stance.</summary>
    private bool InsideAnaphor(CueMatch match) => Within(PluralAnaphors, match);

    private static bool Within(TokenMarks marks, CueMatch match) =>
        marks.LastWithin(0, match.Start + 1) is { } anaphor && anaphor.Start <= match.Start && match.End <= anaphor.End && anaphor.End - anaphor.Start > match.End - match.Start;

    /// <summary>An agenda cue right after a real stance ("demands continue to focus on") adds nothing.</summary>
    private bool IsWeakAgenda(StanceCue cue, CueMatch match, List<StanceHit> hits)
    {
        if (cue.Kind != StanceCueKind.Agenda || hits.Count == 0)
        {
            return false;
        }
        var previous = hits[^1];
        if (previous.Cue.Stance is null || match.Start - previous.End > 6)
        {
            return false;
        }
        var between = FirstIssueFrom(previous.End);
        return between is null || between.Start >= match.Start;
    }

    /// <summary>Whether the word ends like a participle ("offering", "drafted").</summary>
    public bool IsParticiple(int token, EquatableArray<string> endings)
    {
        var word = Tokens.Word(token);
        return Tokens.Tokens.Count > token && token >= 0 && Tokens.Tokens[token].IsWord && endings.Any(ending => word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal));
    }

    private int FindFrontedEnd(CompiledDemandLexicon lexicon, SentenceTokens tokens)
    {
        // "In contrast, …", "Writing on Saturday, he said …": the opening phrase is not the subject.
        if (lexicon.Fronted.LongestAt(tokens, 0, tokens.Count) is null && !IsParticiple(0, lexicon.Grammar.ParticipleEndings))
        {
            return 0;
        }
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens.Word(i) == ",")
            {
                return i + 1;
            }
        }
        return 0;
    }
}
