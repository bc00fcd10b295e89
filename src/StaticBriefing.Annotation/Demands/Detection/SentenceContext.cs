using StaticBriefing.Annotation.Demands.Detection.Clauses;
using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// Everything read from one sentence before stances are resolved: tokens, cues, function-word
/// marks and clause layout. Each is computed on first use, so a reader that needs few of them pays for few.
/// </summary>
public sealed class SentenceContext(CompiledDemandLexicon lexicon, SentenceTokens tokens)
{
    private List<IssueHit>? issues;
    private List<StanceHit>? stances;
    private ClauseLayout? clauses;
    private SideClauses? sideClauses;
    private TokenMarks? scopeEnds, clauseBreaks, prepositions, determiners, coordinators, shields, delegates, copulas, requestVerbs, refusals, hypotheticals, reportingVerbs, negators, timeFrames, authoring;
    private TokenMarks? collectives, singularAnaphors, pluralAnaphors, pronouns, attributions;
    private TokenMarks? documents, proposalDocuments, stanceNouns, contrasts, relatives, nounModifiers, complementLinks, clauseJoins, auxiliaries, objectPronouns;

    public SentenceTokens Tokens { get; } = tokens;

    /// <summary>Issue cues outside actor mentions, in text order.</summary>
    public List<IssueHit> Issues => issues ??= lexicon.Issues.Read(Tokens);

    public List<StanceHit> Stances => stances ??= new StanceHitReader(lexicon, this).Read();

    public ClauseLayout Clauses => clauses ??= new ClauseLayout(lexicon, this);

    public SideClauses SideClauses => sideClauses ??= new SideClauses(lexicon, this);

    public TokenMarks ScopeEnds => scopeEnds ??= TokenMarks.Of(lexicon.ScopeEnds, Tokens);

    public TokenMarks ClauseBreaks => clauseBreaks ??= TokenMarks.Of(lexicon.ClauseBreaks, Tokens);

    /// <summary>"argued that A and that B": whether the clause opened at <paramref name="opener"/> is joined by a word coordinator to one before it.</summary>
    public bool OpensCoordinatedClause(int opener) =>
        opener > 0 && Tokens.Tokens[opener - 1].IsWord && Coordinators.EndOfMatchAt(opener - 1) == opener;

    public TokenMarks Prepositions => prepositions ??= TokenMarks.Of(lexicon.Prepositions, Tokens);

    public TokenMarks Determiners => determiners ??= TokenMarks.Of(lexicon.Determiners, Tokens);

    public TokenMarks Coordinators => coordinators ??= TokenMarks.Of(lexicon.Coordinators, Tokens);

    public TokenMarks Shields => shields ??= TokenMarks.Of(lexicon.Shields, Tokens);

    public TokenMarks Delegates => delegates ??= TokenMarks.Of(lexicon.Speech.Delegates, Tokens);

    public TokenMarks Copulas => copulas ??= TokenMarks.Of(lexicon.Speech.Copulas, Tokens);

    public TokenMarks RequestVerbs => requestVerbs ??= TokenMarks.Of(lexicon.Speech.RequestVerbs, Tokens);

    public TokenMarks Refusals => refusals ??= TokenMarks.Of(lexicon.Speech.Refusals, Tokens);

    public TokenMarks Hypotheticals => hypotheticals ??= TokenMarks.Of(lexicon.Speech.Hypotheticals, Tokens);

    public TokenMarks ReportingVerbs => reportingVerbs ??= TokenMarks.Of(lexicon.Speech.ReportingVerbs, Tokens);

    public TokenMarks Negators => negators ??= TokenMarks.Of(lexicon.Negators, Tokens);

    public TokenMarks TimeFrames => timeFrames ??= TokenMarks.Of(lexicon.TimeFrames, Tokens);

    public TokenMarks Authoring => authoring ??= TokenMarks.Of(lexicon.Authoring, Tokens);

    public TokenMarks Collectives => collectives ??= TokenMarks.Of(lexicon.Collectives, Tokens);

    public TokenMarks SingularAnaphors => singularAnaphors ??= TokenMarks.Of(lexicon.SingularAnaphors, Tokens);

    public TokenMarks PluralAnaphors => pluralAnaphors ??= TokenMarks.Of(lexicon.PluralAnaphors, Tokens);

    public TokenMarks Pronouns => pronouns ??= TokenMarks.Of(lexicon.Pronouns, Tokens);

    public TokenMarks Documents => documents ??= TokenMarks.Of(lexicon.Documents, Tokens);

    public TokenMarks ProposalDocuments => proposalDocuments ??= TokenMarks.Of(lexicon.ProposalDocuments, Tokens);

    public TokenMarks StanceNouns => stanceNouns ??= TokenMarks.Of(lexicon.StanceNouns, Tokens);

    public TokenMarks Contrasts => contrasts ??= TokenMarks.Of(lexicon.Contrasts, Tokens);

    public TokenMarks Relatives => relatives ??= TokenMarks.Of(lexicon.Relatives, Tokens);

    public TokenMarks ComplementLinks => complementLinks ??= TokenMarks.Of(lexicon.ComplementLinks, Tokens);

    public TokenMarks ObjectPronouns => objectPronouns ??= TokenMarks.Of(lexicon.ObjectPronouns, Tokens);

    public TokenMarks ClauseJoins => clauseJoins ??= TokenMarks.Of(lexicon.ClauseJoins, Tokens);

    public TokenMarks Auxiliaries => auxiliaries ??= TokenMarks.Of(lexicon.Auxiliaries, Tokens);

    public TokenMarks NounModifiers => nounModifiers ??= TokenMarks.Of(lexicon.NounModifiers, Tokens);

    /// <summary>Speech verbs, except inside a mention or after a possessive: "Russia’s stated willingness" is no statement.</summary>
    public TokenMarks Attributions => attributions ??= TokenMarks.Of(lexicon.Attributions, Tokens).Where(Tokens,
        static (tokens, match) => !tokens.InsideMention(match.Start, match.End) && tokens.Word(match.Start - 1) != Tokenizer.Possessive);

    /// <summary>The last issue cue ending at or before <paramref name="token"/>, or null.</summary>
    public IssueHit? LastIssueBefore(int token) => Issues.LastOrDefault(issue => issue.End <= token);

    /// <summary>The issue cue covering <paramref name="token"/> (the last one starting at or before it), or null.</summary>
    public IssueHit? IssueAt(int token) =>
        FirstIssueIndexFrom(token + 1) - 1 is var index && index >= 0 && Issues[index].End > token ? Issues[index] : null;

    /// <summary>The first issue cue starting at or after <paramref name="token"/>, or null.</summary>
    public IssueHit? FirstIssueFrom(int token)
    {
        var index = FirstIssueIndexFrom(token);
        return index < Issues.Count ? Issues[index] : null;
    }

    /// <summary>The index in <see cref="Issues"/> of the first cue starting at or after <paramref name="token"/>.</summary>
    public int FirstIssueIndexFrom(int token) => SortedSearch.FirstIndexFrom(Issues, token, static issue => issue.Start);

    /// <summary>Whether the word ends with one of <paramref name="endings"/>: a participle ("offering", "drafted"), an adverb ("immediately").</summary>
    public bool HasWordEnding(int token, EquatableArray<string> endings)
    {
        if (token < 0 || token >= Tokens.Tokens.Count || !Tokens.Tokens[token].IsWord)
        {
            return false;
        }
        // A loop, not Any with a lambda: this runs per token and the lambda's closure was allocated each time.
        var word = Tokens.Word(token);
        foreach (var ending in endings.AsImmutableArray())
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
