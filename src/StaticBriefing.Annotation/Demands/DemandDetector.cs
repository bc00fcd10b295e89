using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

// PLACEHOLDER (owned by the demands helper).
public sealed class DemandDetector(DemandLexicon lexicon)
{
    public DemandLexicon Lexicon { get; } = lexicon;

    public EquatableArray<DemandAnnotation> Detect(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes) => EquatableArray<DemandAnnotation>.Empty;
}
