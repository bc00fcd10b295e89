using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation;

/// <summary>The rule-based annotator: sentences, then actors, dates and quotes, then demands and claims.</summary>
public sealed class Annotator(AnnotationKnowledge knowledge) : IAnnotator
{
    private readonly SentenceSplitter sentences = new(knowledge.Sentences ?? SentenceLexicon.Empty);
    private readonly ActorRecognizer actors = new(knowledge.Actors);
    private readonly DateRecognizer dates = new(knowledge.Temporal);
    private readonly QuoteFinder quotes = new(knowledge.Actors);
    private readonly DemandDetector demands = new(knowledge.Demands);
    private readonly ClaimDetector claims = new(knowledge.Demands);

    public AnnotatedText Annotate(string text, ReferenceDate published)
    {
        var split = sentences.Split(text);
        var found = actors.Recognize(text, split);
        var quoted = quotes.Find(text, split, found);
        return new AnnotatedText(
            text,
            split,
            found,
            dates.Recognize(text, split, published),
            demands.Detect(text, split, found, quoted),
            quoted,
            claims.Detect(text, split, found, quoted));
    }
}
