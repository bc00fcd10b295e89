namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// Whether an acceptance or a refusal leaves its object unsaid, so that it answers the issue last named:
/// "The Kremlin balked.", "Belgium will not agree unless the risks are shared". The object is unsaid when
/// the sentence ends or a condition opens ("unless", "until", "if") right after the cue. Not after a copula
/// ("once a text had been agreed", "the deal is off the table until …"): there the subject is the object.
/// </summary>
public sealed class EllipticalObject(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    public bool IsUnsaid(int scopeStart, int cueStart) =>
        (sentence.Tokens.Tokens.Skip(scopeStart).All(t => !t.IsWord) || sentence.Hypotheticals.EndOfMatchAt(scopeStart) > 0)
        && !IsPredicate(cueStart);

    /// <summary>A copula right before the cue, unless the cue is a present participle ("is pushing back" stays active).</summary>
    private bool IsPredicate(int cueStart) =>
        !sentence.HasWordEnding(cueStart, lexicon.Grammar.ParticipleEndings) && sentence.Copulas.Matches.Exists(copula => copula.End == cueStart);
}
