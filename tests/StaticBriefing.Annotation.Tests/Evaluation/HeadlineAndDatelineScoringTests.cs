using StaticBriefing.Annotation.Model;
using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

/// <summary>
/// The gold codes the headline as text and keeps a wire dateline inside the first sentence; the
/// reader takes the headline into metadata and strips the dateline. The scorer must neither call
/// those sentences lost by chrome stripping nor let a headline date derail the body's dates.
/// </summary>
public class HeadlineAndDatelineScoringTests
{
    private const string Headline = "Chile offers Norway a quota deal by Friday";
    private const string Lead = "Chile offered Norway a quota deal on Monday.";
    private const string Text = Lead + " Talks resume on Friday.";

    private static string StripDateline(string sentence) =>
        sentence.StartsWith("LIMA, March 3 (Andes Wire) – ", StringComparison.Ordinal) ? sentence["LIMA, March 3 (Andes Wire) – ".Length..] : sentence;

    [Fact]
    public void A_demand_sentence_that_is_the_headline_is_missed_but_not_lost_by_chrome()
    {
        var gold = Gold(demands: [new GoldDemand("chile", "offers", "quotas", Headline)], title: Headline);
        var score = SeedScorer.Score(gold, Article(Text, Headline), Annotated(Text), DemandEquivalences.None);
        score.DemandSentencesLost.ShouldBeEmpty();
        score.Demands.Tally.ShouldBe(new Tally(0, 0, 1));
        score.Demands.Missed.Single().ShouldEndWith("(in the headline: metadata, not annotated)");
    }

    [Fact]
    public void A_generated_title_is_no_headline_so_its_sentence_is_lost()
    {
        var gold = Gold(demands: [new GoldDemand("chile", "offers", "quotas", Headline)], title: null);
        SeedScorer.Score(gold, Article(Text, Headline, generated: true), Annotated(Text), DemandEquivalences.None)
            .DemandSentencesLost.ShouldBe([Headline]);
    }

    [Fact]
    public void A_headline_date_is_missed_without_pulling_the_body_date_after_it()
    {
        GoldDate[] dates = [GoldDate("Friday", "2025-03-07"), GoldDate("Monday", "2025-03-03"), GoldDate("Friday", "2025-03-07")];
        var predicted = Annotated(Text, dates: [Date(Text, "Monday", "2025-03-03"), Date(Text, "Friday", "2025-03-07")]);
        var score = SeedScorer.Score(Gold(dates: dates, title: Headline), Article(Text, Headline), predicted, DemandEquivalences.None);
        score.Dates.Tally.ShouldBe(new Tally(2, 2, 3));
        score.Dates.Missed.ShouldBe(["Friday = 2025-03-07 (in the headline: metadata, not annotated)"]);
    }

    [Fact]
    public void A_gold_sentence_with_the_dateline_the_reader_stripped_is_found_without_it()
    {
        var gold = Gold(demands: [new GoldDemand("chile", "offers", "quotas", "LIMA, March 3 (Andes Wire) – " + Lead)]);
        var predicted = Annotated(Text, demands: [new DemandAnnotation("chile", "quotas", Stance.Offers, 0, 0, 5, null)],
            sentences: [new Sentence(0, 0, Lead.Length)]);
        var score = SeedScorer.Score(gold, Article(Text), predicted, DemandEquivalences.None, withoutDateline: StripDateline);
        score.DemandSentencesLost.ShouldBeEmpty();
        score.Demands.Tally.ShouldBe(new Tally(1, 1, 1));
        SeedScorer.Score(gold, Article(Text), predicted, DemandEquivalences.None).DemandSentencesLost.Count.ShouldBe(1);
    }
}
