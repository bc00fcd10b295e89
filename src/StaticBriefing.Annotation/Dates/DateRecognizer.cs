using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

// PLACEHOLDER (owned by the dates helper).
public sealed class DateRecognizer(TemporalLexicon lexicon)
{
    public TemporalLexicon Lexicon { get; } = lexicon;

    public EquatableArray<DateAnnotation> Recognize(string text, EquatableArray<Sentence> sentences, ReferenceDate published) => EquatableArray<DateAnnotation>.Empty;
}
