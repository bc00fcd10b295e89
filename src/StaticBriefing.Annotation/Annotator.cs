using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Demands.Detection;
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
    // One compiled lexicon for demands and claims, so each text is tokenised once for both.
    private readonly CompiledDemandLexicon positions = new(knowledge.Demands);
    private readonly PositionParties positionParties = new(knowledge.Actors.Parties);

    public AnnotatedText Annotate(string text, ReferenceDate published)
    {
        var split = sentences.Split(text);
        var found = actors.Recognize(text, split);
        var quoted = quotes.Find(text, split, found);
        var tokenized = new TokenizedText(positions, text, split, found);
        return new AnnotatedText(
            text,
            split,
            found,
            dates.Recognize(text, split, published),
            positionParties.File(new DemandDetector(positions).Detect(tokenized, found, quoted)),
            quoted,
            new ClaimDetector(positions).Detect(tokenized));
    }
}
