using StaticBriefing.Annotation.Model;
using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class DemandScorerTests
{
    private const string First = "Kyiv wants a ceasefire.";
    private const string Second = "Moscow rejects recognition talk.";
    private static readonly string Text = First + " " + Second;
    private static readonly Sentence[] Sentences = [new(0, 0, First.Length), new(1, First.Length + 1, Text.Length)];

    private static DemandAnnotation Demand(string party, string issue, Stance stance, int sentence) =>
        new(party, issue, stance, sentence, Sentences[sentence].Start, Sentences[sentence].Start + 4, null);

    [Fact]
    public void A_demand_matches_when_triple_equal_and_sentences_overlap()
    {
        GoldDemand[] gold = [new("ukraine", "demands", "ceasefire", First), new("russia", "rejects", "ceasefire", Second)];
        var predicted = Annotated(Text, demands: [Demand("ukraine", "ceasefire", Stance.Demands, 0), Demand("russia", "ceasefire", Stance.Rejects, 0)], sentences: Sentences);
        var score = DemandScorer.Score(gold, predicted, new TextLocator(Text), DemandEquivalences.None);
        // The Russian demand sits in the wrong sentence: one miss, one spurious.
        score.Tally.ShouldBe(new Tally(1, 2, 2));
    }

    [Fact]
    public void Declared_equivalent_encodings_match()
    {
        var equivalences = new DemandEquivalences([(new DemandTriple("ukraine", "rejects", "recognition-of-annexation"), new DemandTriple("ukraine", "demands", "non-recognition-of-occupation"))]);
        GoldDemand[] gold = [new("ukraine", "rejects", "recognition-of-annexation", First)];
        var predicted = Annotated(Text, demands: [Demand("ukraine", "non-recognition-of-occupation", Stance.Demands, 0)], sentences: Sentences);
        DemandScorer.Score(gold, predicted, new TextLocator(Text), equivalences).Tally.ShouldBe(new Tally(1, 1, 1));
        DemandScorer.Score(gold, predicted, new TextLocator(Text), DemandEquivalences.None).Tally.ShouldBe(new Tally(0, 1, 1));
    }

    [Fact]
    public void Parties_outside_the_gold_demand_parties_score_as_other()
    {
        var equivalences = new DemandEquivalences([], ["russia", "ukraine", "other"]);
        GoldDemand[] gold = [new("other", "offers", "ceasefire", First)];
        var predicted = Annotated(Text, demands: [Demand("turkey", "ceasefire", Stance.Offers, 0)], sentences: Sentences);
        DemandScorer.Score(gold, predicted, new TextLocator(Text), equivalences).Tally.ShouldBe(new Tally(1, 1, 1));
        DemandScorer.Score(gold, predicted, new TextLocator(Text), DemandEquivalences.None).Tally.ShouldBe(new Tally(0, 1, 1));
    }

    [Fact]
    public void Each_prediction_matches_one_gold_demand_only()
    {
        GoldDemand[] gold = [new("ukraine", "demands", "ceasefire", First), new("ukraine", "demands", "ceasefire", First)];
        var predicted = Annotated(Text, demands: [Demand("ukraine", "ceasefire", Stance.Demands, 0)], sentences: Sentences);
        DemandScorer.Score(gold, predicted, new TextLocator(Text), DemandEquivalences.None).Tally.ShouldBe(new Tally(1, 1, 2));
    }

    [Fact]
    public void The_gold_equivalence_file_parses()
    {
        var equivalences = DemandEquivalences.Load(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Gold"));
        equivalences.Canonical(new DemandTriple("ukraine", "rejects", "recognition-of-annexation"))
            .ShouldBe(new DemandTriple("ukraine", "demands", "non-recognition-of-occupation"));
    }
}
