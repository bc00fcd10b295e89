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
public sealed class Annotator : IAnnotator
{
    private readonly SentenceSplitter sentences;
    private readonly ActorRecognizer actors;
    private readonly DateRecognizer dates;
    private readonly QuoteFinder quotes;
    // One compiled lexicon for demands and claims, so each text is tokenised once for both.
    private readonly CompiledDemandLexicon positions;
    private readonly PositionParties positionParties;
    // Built once, not per text: the claim cues are compiled patterns.
    private readonly DemandDetector demands;
    private readonly ClaimDetector claims;

    public Annotator(AnnotationKnowledge knowledge)
    {
        sentences = new SentenceSplitter(knowledge.Sentences ?? SentenceLexicon.Empty);
        actors = new ActorRecognizer(knowledge.Actors);
        dates = new DateRecognizer(knowledge.Temporal);
        quotes = new QuoteFinder(knowledge.Actors);
        positions = new CompiledDemandLexicon(knowledge.Demands);
        positionParties = new PositionParties(knowledge.Actors.Parties, knowledge.Actors.Actors);
        demands = new DemandDetector(positions);
        claims = new ClaimDetector(positions);
    }

    public AnnotatedText Annotate(string text, ReferenceDate published) => Annotate(text, published, publisher: null);

    public AnnotatedText Annotate(string text, ReferenceDate published, string? publisher)
    {
        var split = sentences.Split(text);
        var voice = actors.Publisher(publisher);
        var found = actors.Recognize(text, split, actors.HomeCountryOf(voice));
        var quotations = QuoteSpans.Find(text);
        var quoted = quotes.Find(text, split, found, quotations);
        var tokenized = new TokenizedText(positions, text, split, found);
        return new AnnotatedText(
            text,
            split,
            found,
            dates.Recognize(text, split, published, quotations),
            positionParties.File(demands.Detect(tokenized, found, quoted, voice)),
            quoted,
            claims.Detect(tokenized));
    }
}
