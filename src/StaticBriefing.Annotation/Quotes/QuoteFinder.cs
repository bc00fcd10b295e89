using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Quotes;

// PLACEHOLDER (owned by the sentences/actors helper).
public sealed class QuoteFinder
{
    public EquatableArray<QuoteAnnotation> Find(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors) => EquatableArray<QuoteAnnotation>.Empty;
}
