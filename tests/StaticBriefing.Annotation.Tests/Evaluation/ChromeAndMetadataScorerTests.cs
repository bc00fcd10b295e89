using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class ChromeAndMetadataScorerTests
{
    [Fact]
    public void Remaining_boilerplate_lines_and_lost_demand_sentences_are_listed()
    {
        const string text = "Kyiv wants a ceasefire.\n\n  Subscribe now\n\nBody text with Share inside it.";
        var gold = Gold(
            demands: [new GoldDemand("ukraine", "demands", "ceasefire", "Kyiv wants a ceasefire."), new GoldDemand("russia", "rejects", "ceasefire", "Moscow said no.")],
            boilerplate: ["Subscribe now", "Share", "Advertisement"]);
        var (remaining, lost) = ChromeScorer.Score(gold, new TextLocator(text));
        remaining.ShouldBe(["Subscribe now"]);
        lost.ShouldBe(["Moscow said no."]);
    }

    [Fact]
    public void A_null_gold_title_asks_for_a_generated_title()
    {
        var gold = Gold(title: null).Metadata;
        MetadataScorer.Score(gold, Article("x", "Generated from the lead", generated: true)).ShouldAllBe(f => f.IsRight);
        MetadataScorer.Score(gold, Article("x", "A headline")).Single(f => f.Field == "title").IsRight.ShouldBeFalse();
    }

    [Fact]
    public void Metadata_fields_compare_exactly()
    {
        var gold = Gold().Metadata;
        var checks = MetadataScorer.Score(gold, Article("x") with { Author = "ann author" });
        checks.Where(f => !f.IsRight).Select(f => f.Field).ShouldBe(["author"]);
    }
}
