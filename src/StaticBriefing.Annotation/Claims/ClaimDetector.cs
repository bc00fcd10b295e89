using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// Finds claims sentence by sentence: statements attributed to an actor ("X said that …",
/// "according to X") and figures the narrator states ("over 7,000 bodies"). A statement of intent
/// or readiness ("X said it would never accept …") is a position, not a claim, unless it carries a
/// figure. A claim is disputed when the sentence records it ("although Ukraine has disputed the
/// number") or the narrator doubts it ("despite claims by X").
/// </summary>
public sealed class ClaimDetector
{
    private readonly CompiledDemandLexicon compiled;
    private readonly ClaimCues cues;
    private readonly FigureFinder figures;

    public ClaimDetector()
        : this(new DemandLexicon(EquatableArray<IssueDefinition>.Empty))
    {
    }

    public ClaimDetector(DemandLexicon lexicon)
        : this(new CompiledDemandLexicon(lexicon))
    {
    }

    /// <summary>Shares the compiled lexicon (and so the tokenisation) with the demand detector.</summary>
    public ClaimDetector(CompiledDemandLexicon compiled)
    {
        this.compiled = compiled;
        cues = new ClaimCues(compiled.Source.Claims);
        figures = new FigureFinder(compiled.Quantifiers, compiled.Magnitudes, compiled.Currencies, cues.Durations);
    }

    public EquatableArray<ClaimAnnotation> Detect(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes) =>
        Detect(new TokenizedText(compiled, text, sentences, actors));

    /// <summary>Reads claims from a text already tokenised with this detector's lexicon.</summary>
    public EquatableArray<ClaimAnnotation> Detect(TokenizedText tokenized)
    {
        tokenized.CheckLexicon(compiled);
        var found = new List<ClaimAnnotation>();
        foreach (var context in tokenized.Sentences)
        {
            if (context.Tokens.Count > 0)
            {
                found.AddRange(new SentenceClaims(compiled, cues, context).Read(tokenized.Text, figures));
            }
        }
        return found.ToEquatableArray();
    }
}
