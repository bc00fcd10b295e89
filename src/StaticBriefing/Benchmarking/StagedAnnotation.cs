using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Benchmarking;

/// <summary>
/// The annotator's components called one stage at a time over the whole corpus, the way
/// <see cref="Annotator"/> calls them per text, so each stage's cost can be measured on its own.
/// </summary>
public sealed class StagedAnnotation(AnnotationKnowledge knowledge)
{
    private readonly SentenceSplitter sentences = new(knowledge.Sentences ?? SentenceLexicon.Empty);
    private readonly ActorRecognizer actors = new(knowledge.Actors);
    private readonly DateRecognizer dates = new(knowledge.Temporal);
    private readonly QuoteFinder quotes = new(knowledge.Actors);
    private readonly DemandDetector demands = new(knowledge.Demands);
    private readonly ClaimDetector claims = new(knowledge.Demands);

    public IReadOnlyList<StageMeasurement> Measure(IReadOnlyList<string> corpus, ReferenceDate published)
    {
        var n = corpus.Count;
        var split = new EquatableArray<Sentence>[n];
        var found = new EquatableArray<ActorAnnotation>[n];
        var quoted = new EquatableArray<QuoteAnnotation>[n];
        var results = new List<StageMeasurement>
        {
            StageMeasurement.Of("sentences", () => Each(n, i => split[i] = sentences.Split(corpus[i]))),
            StageMeasurement.Of("actors", () => Each(n, i => found[i] = actors.Recognize(corpus[i], split[i]))),
            StageMeasurement.Of("quotes", () => Each(n, i => quoted[i] = quotes.Find(corpus[i], split[i], found[i]))),
            StageMeasurement.Of("dates", () => Each(n, i => dates.Recognize(corpus[i], split[i], published))),
            StageMeasurement.Of("demands", () => Each(n, i => demands.Detect(corpus[i], split[i], found[i], quoted[i]))),
            StageMeasurement.Of("claims", () => Each(n, i => claims.Detect(corpus[i], split[i], found[i], quoted[i]))),
        };
        return results;
    }

    private static void Each(int count, Action<int> work)
    {
        for (var i = 0; i < count; i++)
        {
            work(i);
        }
    }
}
