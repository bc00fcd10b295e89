using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>Everything read from one sentence before stances are resolved: tokens, cues and function-word marks.</summary>
public sealed class SentenceContext
{
    public SentenceContext(CompiledDemandLexicon lexicon, SentenceTokens tokens)
    {
        Tokens = tokens;
        Issues = lexicon.IssueCues.FindAll(tokens)
            .Where(match => !tokens.InsideMention(match.Start, match.End))
            .Select(match => new IssueHit(lexicon.IssueOf[match.Cue], match.Start, match.End))
            .ToList();
        ScopeEnds = new TokenMarks(lexicon.ScopeEnds, tokens);
        ClauseBreaks = new TokenMarks(lexicon.ClauseBreaks, tokens);
        Prepositions = new TokenMarks(lexicon.Prepositions, tokens);
        Determiners = new TokenMarks(lexicon.Determiners, tokens);
        Coordinators = new TokenMarks(lexicon.Coordinators, tokens);
        Shields = new TokenMarks(lexicon.Shields, tokens);
        Negators = new TokenMarks(lexicon.Negators, tokens);
        Collectives = new TokenMarks(lexicon.Collectives, tokens);
        SingularAnaphors = new TokenMarks(lexicon.SingularAnaphors, tokens);
        PluralAnaphors = new TokenMarks(lexicon.PluralAnaphors, tokens);
        Pronouns = new TokenMarks(lexicon.Pronouns, tokens);
        Attributions = new TokenMarks(lexicon.Attributions, tokens, match => !tokens.InsideMention(match.Start, match.End) && tokens.Word(match.Start - 1) != Possessive);
        Stances = ReadStances(lexicon, tokens);
        FrontedEnd = FindFrontedEnd(lexicon, tokens);
    }

    public SentenceTokens Tokens { get; }

    public List<IssueHit> Issues { get; }

    public List<StanceHit> Stances { get; }

    public TokenMarks ScopeEnds { get; }

    public TokenMarks ClauseBreaks { get; }

    public TokenMarks Prepositions { get; }

    public TokenMarks Determiners { get; }

    public TokenMarks Coordinators { get; }

    public TokenMarks Shields { get; }

    public TokenMarks Negators { get; }

    public TokenMarks Collectives { get; }

    public TokenMarks SingularAnaphors { get; }

    public TokenMarks PluralAnaphors { get; }

    public TokenMarks Pronouns { get; }

    public TokenMarks Attributions { get; }

    /// <summary>The possessive token: "Russia’s stated willingness" is no statement.</summary>
    private const string Possessive = "'s";

    /// <summary>The token after the comma that closes a fronted phrase ("In contrast, …"), or 0.</summary>
    public int FrontedEnd { get; }

    /// <summary>Where the clause holding <paramref name="token"/> starts: after the last scope end or clause break, or after a fronted phrase.</summary>
    public int ClauseStart(int token)
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
        return start == 0 && token >= FrontedEnd ? FrontedEnd : start;
    }

    /// <summary>The first issue cue starting at or after <paramref name="token"/>, or null.</summary>
    public IssueHit? FirstIssueFrom(int token)
    {
        var index = FirstIssueIndexFrom(token);
        return index < Issues.Count ? Issues[index] : null;
    }

    /// <summary>The index in <see cref="Issues"/> of the first cue starting at or after <paramref name="token"/>.</summary>
    public int FirstIssueIndexFrom(int token)
    {
        int lo = 0, hi = Issues.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Issues[mid].Start < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Stance cues, leaving out those inside an issue cue and restricted cues whose next issue is not theirs.</summary>
    private List<StanceHit> ReadStances(CompiledDemandLexicon lexicon, SentenceTokens tokens)
    {
        var hits = new List<StanceHit>();
        var issue = 0;
        foreach (var match in lexicon.StanceCues.FindAll(tokens))
        {
            var cue = lexicon.StanceOf[match.Cue];
            if (tokens.InsideMention(match.Start, match.End) || InsideAnaphor(match) || IsWeakAgenda(cue, match, hits))
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
        return hits;
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

    private static int FindFrontedEnd(CompiledDemandLexicon lexicon, SentenceTokens tokens)
    {
        if (lexicon.Fronted.LongestAt(tokens, 0, tokens.Count) is null)
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
