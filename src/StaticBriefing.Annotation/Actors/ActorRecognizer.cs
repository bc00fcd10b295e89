using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

// PLACEHOLDER (owned by the sentences/actors helper).
public sealed class ActorRecognizer(ActorLexicon lexicon)
{
    public ActorLexicon Lexicon { get; } = lexicon;

    public EquatableArray<ActorAnnotation> Recognize(string text, EquatableArray<Sentence> sentences) => EquatableArray<ActorAnnotation>.Empty;
}
