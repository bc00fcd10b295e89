using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// The anaphors of a sentence that stand for something on their own. Not "this" before a noun ("this
/// week": a determiner), not a pronoun before a copula or an auxiliary ("provided it is safe": a subject).
/// </summary>
public sealed class AnaphorMarks(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private TokenMarks? singular, plural;

    public TokenMarks Singular => singular ??= sentence.SingularAnaphors.Where(StandsAlone);

    public TokenMarks Plural => plural ??= sentence.PluralAnaphors.Where(StandsAlone);

    private bool StandsAlone(CueMatch match)
    {
        var next = match.End;
        if (next >= sentence.Tokens.Count || !sentence.Tokens.Tokens[next].IsWord)
        {
            return true;
        }
        if (match.End - match.Start > 1)
        {
            return true;
        }
        return sentence.Determiners.EndOfMatchAt(match.Start) > 0 ? IsFunctionWord(next) : !IsVerbAfterSubject(next);
    }

    /// <summary>"it is", "it would": the pronoun is a subject, not the object of the cue before it.</summary>
    private bool IsVerbAfterSubject(int token) =>
        sentence.Copulas.EndOfMatchAt(token) > 0 || sentence.Auxiliaries.EndOfMatchAt(token) > 0;

    /// <summary>A word that may follow a demonstrative pronoun ("rejected this unless …", "agreed to this and …", "rejected this outright").</summary>
    private bool IsFunctionWord(int token) =>
        sentence.Prepositions.EndOfMatchAt(token) > 0 || sentence.Coordinators.EndOfMatchAt(token) > 0
        || sentence.ScopeEnds.EndOfMatchAt(token) > 0 || sentence.Hypotheticals.EndOfMatchAt(token) > 0
        || sentence.ClauseBreaks.EndOfMatchAt(token) > 0 || sentence.Negators.EndOfMatchAt(token) > 0
        || sentence.Relatives.EndOfMatchAt(token) > 0 || sentence.HasWordEnding(token, lexicon.Grammar.AdverbEndings)
        || lexicon.Grammar.Anaphora.PronounAdverbs.Contains(sentence.Tokens.Word(token));
}
