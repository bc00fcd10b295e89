namespace StaticBriefing.Annotation.Demands.Detection.Clauses;

/// <summary>
/// Where the clauses of one sentence start and where a stance's scope breaks off, read from scope
/// ends ("while", "but", ";"), clause breaks ("that"), side clauses and a fronted phrase.
/// </summary>
public sealed class ClauseLayout(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private const int MaxSideClausesSkipped = 3;

    private int? frontedEnd;

    /// <summary>The token after the comma that closes a fronted phrase ("In contrast, …"), or 0.</summary>
    public int FrontedEnd => frontedEnd ??= FindFrontedEnd();

    /// <summary>Where the clause holding <paramref name="token"/> starts: after the last scope end or clause break, or after a fronted phrase.</summary>
    public int StartOf(int token) => StartOf(token, MaxSideClausesSkipped);

    /// <summary>
    /// The first token in [<paramref name="from"/>, <paramref name="to"/>) that ends a scope, or
    /// <paramref name="to"/>: a scope end, or a closing quote mark, which ends what the quoted speaker said
    /// (unless it closes a quoted term).
    /// </summary>
    public int ScopeBreak(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.ScopeEnds.EndOfMatchAt(i) > 0 || (i > from && sentence.Tokens.Tokens[i].ClosesQuote && !IsQuotedIssue(from, i)))
            {
                return i;
            }
        }
        return to;
    }

    /// <summary>
    /// "insists on the “all for all” formula and on …": a quote opened inside the scope around an issue's
    /// name that modifies the noun after it marks a term, not the end of what a quoted speaker said. Not
    /// "“the root causes” of the war" nor "“guarantees” and would …", where the quote is a phrase of its own.
    /// </summary>
    private bool IsQuotedIssue(int from, int closing) =>
        sentence.Tokens.Tokens[closing].IsWord && !sentence.Tokens.IsCapitalised(closing) && !IsFunctionWord(closing)
            && sentence.LastIssueBefore(closing) is { } issue && issue.End == closing && issue.Start >= from
            && sentence.Tokens.OpensQuoteBetween(from, issue.Start + 1);

    private int StartOf(int token, int sideClauses)
    {
        var start = 0;
        var opensSentence = false;
        if (sentence.ScopeEnds.LastWithin(0, token) is { } end && end.End <= token)
        {
            start = end.End;
            // "If Moscow refuses, Europe will …": a clause that opens the sentence is fronted; it ends at its comma.
            opensSentence = end.Start == 0;
        }
        if (sentence.ClauseBreaks.LastWithin(start, token) is { } brk && brk.End <= token)
        {
            start = brk.End;
            opensSentence = false;
        }
        // A side clause closed before the token does not start its clause: look past it.
        var side = sentence.SideClauses;
        if (sideClauses > 0 && start > 0 && side.LastStartingBefore(start) is var index && index >= 0 && side.Spans[index] is var (spanStart, spanEnd) && spanEnd < token && start <= spanEnd)
        {
            return StartOf(spanStart, sideClauses - 1);
        }
        return (start == 0 || opensSentence) && FrontedEnd > start && token >= FrontedEnd ? FrontedEnd : start;
    }

    private int FindFrontedEnd()
    {
        var tokens = sentence.Tokens;
        // "In contrast, …", "Writing on Saturday, he said …": the opening phrase is not the subject.
        if (lexicon.Fronted.LongestAt(tokens, 0, tokens.Count) is null && !sentence.HasWordEnding(0, lexicon.Grammar.ParticipleEndings))
        {
            return 0;
        }
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens.Word(i) == ",")
            {
                return i + 1;
            }
            if (StartsSubject(i))
            {
                // "On Tuesday Zelensky and European leaders, among them …, said": no comma closed the phrase.
                return i;
            }
        }
        return 0;
    }

    /// <summary>
    /// Whether an actor named at <paramref name="i"/> inside a fronted phrase opens the subject: it follows a
    /// capitalised word that is no actor, the name ending the phrase ("On Tuesday Zelensky", "In Geneva Kyiv").
    /// </summary>
    private bool StartsSubject(int i)
    {
        if (i < 2 || sentence.Tokens.MentionAt(i) is null || !sentence.Tokens.Tokens[i - 1].IsWord)
        {
            return false;
        }
        var before = i - 1;
        return sentence.Tokens.IsCapitalised(before) && sentence.Tokens.MentionCovering(before) is null
            && sentence.Prepositions.EndOfMatchAt(before) < 0 && sentence.Determiners.EndOfMatchAt(before) < 0;
    }

    private bool IsFunctionWord(int token) =>
        sentence.Prepositions.EndOfMatchAt(token) > 0 || sentence.Determiners.EndOfMatchAt(token) > 0 || sentence.Coordinators.EndOfMatchAt(token) > 0;
}
