using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Scores one article and its annotations against its gold file. The gold codes the headline as
/// text, and the cleaned text opens with it; only where the text lacks it (a sidecar replaced the
/// title) do gold dates, demand and claim sentences in the headline count as missed, marked as such,
/// and they are never "lost" by chrome stripping. A gold sentence that begins with a dateline the reader stripped
/// (<paramref name="withoutDateline"/>) is looked for without it.
/// </summary>
public static class SeedScorer
{
    public static SeedScore Score(
        GoldArticle gold, Article article, AnnotatedText annotated, DemandEquivalences equivalences, string? note = null,
        Func<string, string>? withoutDateline = null)
    {
        var locator = new TextLocator(annotated.Text);
        var headline = article.TitleGenerated ? null : article.Title;
        if (withoutDateline is not null)
        {
            gold = gold with
            {
                Demands = gold.Demands.Select(d => d with { Sentence = WithoutStrippedDateline(d.Sentence, locator, withoutDateline) }).ToEquatableArray(),
                Claims = gold.Claims.Select(c => c with { Sentence = WithoutStrippedDateline(c.Sentence, locator, withoutDateline) }).ToEquatableArray(),
            };
        }
        var (actors, mentions, outOfScope) = ActorScorer.Score(gold.Actors, annotated, locator);
        var (dates, values, wrongValues) = DateScorer.Score(gold.Dates, annotated, locator, headline);
        var (remaining, lost) = ChromeScorer.Score(gold, locator, headline);
        return new SeedScore(
            gold.Id,
            MetadataScorer.Score(gold.Metadata, article),
            actors,
            mentions,
            outOfScope,
            dates,
            values,
            wrongValues,
            DemandScorer.Score(gold.Demands, annotated, locator, equivalences, headline),
            ClaimScorer.Score(gold.Claims, annotated, locator, headline),
            remaining,
            lost,
            note);
    }

    private static string WithoutStrippedDateline(string sentence, TextLocator locator, Func<string, string> withoutDateline)
    {
        if (locator.Contains(sentence))
        {
            return sentence;
        }
        var shorter = withoutDateline(sentence);
        return shorter.Length < sentence.Length && locator.Contains(shorter) ? shorter : sentence;
    }
}
