namespace StaticBriefing.Annotation.Model;

/// <summary>Everything the annotator found in one text, every offset into <see cref="Text"/>.</summary>
public sealed record AnnotatedText(
    string Text,
    EquatableArray<Sentence> Sentences,
    EquatableArray<ActorAnnotation> Actors,
    EquatableArray<DateAnnotation> Dates,
    EquatableArray<DemandAnnotation> Demands,
    EquatableArray<QuoteAnnotation> Quotes,
    EquatableArray<ClaimAnnotation> Claims);
