using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

// PLACEHOLDER (owned by the demands helper).
public sealed class ClaimDetector
{
    public EquatableArray<ClaimAnnotation> Detect(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes) => EquatableArray<ClaimAnnotation>.Empty;
}
