using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Evaluation;

/// <summary>Scores one article and its annotations against its gold file.</summary>
public static class SeedScorer
{
    public static SeedScore Score(
        GoldArticle gold, Article article, AnnotatedText annotated, DemandEquivalences equivalences, string? note = null)
    {
        var locator = new TextLocator(annotated.Text);
        var (actors, mentions, outOfScope) = ActorScorer.Score(gold.Actors, annotated, locator);
        var (dates, values, wrongValues) = DateScorer.Score(gold.Dates, annotated, locator);
        var (remaining, lost) = ChromeScorer.Score(gold, locator);
        return new SeedScore(
            gold.Id,
            MetadataScorer.Score(gold.Metadata, article),
            actors,
            mentions,
            outOfScope,
            dates,
            values,
            wrongValues,
            DemandScorer.Score(gold.Demands, annotated, locator, equivalences),
            remaining,
            lost,
            note);
    }
}
