using StaticBriefing.Annotation.Model;
using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class ClaimScorerTests
{
    private const string First = "Kyiv says 7,000 bodies were returned.";
    private const string Second = "Moscow denies the figure of 500 drones.";
    private static readonly string Text = First + " " + Second;
    private static readonly Sentence[] Sentences = [new(0, 0, First.Length), new(1, First.Length + 1, Text.Length)];

    private static ClaimAnnotation Claim(int sentence, string who, string? disputedBy = null) =>
        new(Sentences[sentence].Start + 10, Sentences[sentence].Start + 15, sentence, who, disputedBy);

    private static ActorAnnotation Actor(string id, string party) =>
        new(id, id, ActorKind.Person, party, "", true, EquatableArray<Mention>.Empty);

    private static ClaimScore Score(IReadOnlyList<GoldClaim> gold, IEnumerable<ClaimAnnotation> claims, IEnumerable<ActorAnnotation>? actors = null) =>
        ClaimScorer.Score(gold, Annotated(Text, actors: actors, sentences: Sentences, claims: claims), new TextLocator(Text));

    [Fact]
    public void A_claim_matches_when_its_sentence_overlaps_the_gold_sentence()
    {
        GoldClaim[] gold = [new("ukraine", "7,000 bodies", First, null), new("russia", "500 drones", Second, "ukraine")];
        // Both predictions sit in the first sentence: one match, one spurious, the second gold claim missed.
        var score = Score(gold, [Claim(0, "ukraine"), Claim(0, "russia")]);
        score.Sentences.Tally.ShouldBe(new Tally(1, 2, 2));
        score.Sentences.Missed.ShouldBe(["russia (disputed by ukraine) | Moscow denies the figure of 500 drones."]);
        score.Sentences.Spurious.ShouldBe(["russia | Kyiv says 7,000 bodies were returned."]);
        score.Speakers.ShouldBe(new Accuracy(1, 1));
    }

    [Fact]
    public void Each_prediction_matches_one_gold_claim_only()
    {
        GoldClaim[] gold = [new("narrator", "a", First, null), new("narrator", "b", First, null)];
        Score(gold, [Claim(0, "narrator")]).Sentences.Tally.ShouldBe(new Tally(1, 1, 2));
    }

    [Fact]
    public void Speaker_and_dispute_are_judged_over_matched_pairs_only()
    {
        GoldClaim[] gold = [new("ukraine", "a", First, null), new("russia", "b", Second, "ukraine")];
        var score = Score(gold, [Claim(0, "narrator"), Claim(1, "russia", null)]);
        score.Sentences.Tally.ShouldBe(new Tally(2, 2, 2));
        score.Speakers.ShouldBe(new Accuracy(1, 2));
        score.WrongSpeakers.ShouldBe(["ours narrator, gold ukraine | Kyiv says 7,000 bodies were returned."]);
        score.DisputedBy.ShouldBe(new Accuracy(1, 2));
        score.WrongDisputedBy.ShouldBe(["ours null, gold ukraine | Moscow denies the figure of 500 drones."]);
    }

    [Fact]
    public void An_unmatched_claim_counts_in_neither_accuracy()
    {
        GoldClaim[] gold = [new("ukraine", "a", First, null)];
        var score = Score(gold, [Claim(1, "russia", "ukraine")]);
        score.Sentences.Tally.ShouldBe(new Tally(0, 1, 1));
        score.Speakers.ShouldBe(Accuracy.Zero);
        score.DisputedBy.ShouldBe(Accuracy.Zero);
    }

    [Fact]
    public void A_predicted_actor_agrees_with_the_gold_party_of_that_actor()
    {
        GoldClaim[] gold = [new("ukraine", "a", First, "russia")];
        var actors = new[] { Actor("ann-lee", "ukraine"), Actor("ivan-orlov", "russia") };
        var score = Score(gold, [Claim(0, "ann-lee", "ivan-orlov")], actors);
        score.Speakers.ShouldBe(new Accuracy(1, 1));
        score.DisputedBy.ShouldBe(new Accuracy(1, 1));
        // Only that direction: the actor's party must be the gold value, and a different party is wrong.
        Score([new("russia", "a", First, null)], [Claim(0, "ann-lee")], actors).Speakers.ShouldBe(new Accuracy(0, 1));
        Score([new("ann-lee", "a", First, null)], [Claim(0, "ukraine")], actors).Speakers.ShouldBe(new Accuracy(0, 1));
    }

    [Fact]
    public void Null_agrees_only_with_null()
    {
        var parties = new Dictionary<string, string> { ["ann-lee"] = "ukraine" };
        ClaimScorer.SameSide(null, null, parties).ShouldBeTrue();
        ClaimScorer.SameSide("ukraine", null, parties).ShouldBeFalse();
        ClaimScorer.SameSide(null, "ukraine", parties).ShouldBeFalse();
        ClaimScorer.SameSide("narrator", "narrator", parties).ShouldBeTrue();
    }

    [Fact]
    public void Two_claims_in_one_sentence_pair_by_agreement_not_crosswise()
    {
        GoldClaim[] gold = [new("ukraine", "a", First, null), new("russia", "b", First, "ukraine")];
        var score = Score(gold, [Claim(0, "russia", "ukraine"), Claim(0, "ukraine")]);
        score.Sentences.Tally.ShouldBe(new Tally(2, 2, 2));
        score.Speakers.ShouldBe(new Accuracy(2, 2));
        score.DisputedBy.ShouldBe(new Accuracy(2, 2));
    }

    [Fact]
    public void A_gold_claim_whose_sentence_is_not_in_the_text_is_missed_and_says_so()
    {
        var score = Score([new("narrator", "a", "A sentence the text lacks.", null)], []);
        score.Sentences.Tally.ShouldBe(new Tally(0, 0, 1));
        score.Sentences.Missed.ShouldBe(["narrator | A sentence the text lacks. (sentence not in text)"]);
    }

    [Fact]
    public void The_report_shows_claim_totals_in_the_table_and_the_json()
    {
        var gold = Gold(claims: [new GoldClaim("ukraine", "a", First, null), new GoldClaim("russia", "b", Second, "ukraine")]);
        var annotated = Annotated(Text, sentences: Sentences, claims: [Claim(0, "ukraine"), Claim(1, "russia")]);
        var seed = SeedScorer.Score(gold, Article(Text), annotated, DemandEquivalences.None);
        var report = new EvaluationReport(new[] { seed }.ToEquatableArray());
        report.Claims.ShouldBe(new Tally(2, 2, 2));
        report.ClaimSpeakers.ShouldBe(new Accuracy(2, 2));
        report.ClaimDisputedBy.ShouldBe(new Accuracy(1, 2));
        var table = ReportTable.Render(report, details: true).Split('\n');
        table.ShouldContain("claims          1.000  1.000  1.000   2/2/2");
        table.ShouldContain("claim who      accuracy 1.000 (2/2) (over matched claims)");
        table.ShouldContain("claim disputed accuracy 0.500 (1/2) (over matched claims)");
        table.ShouldContain("    ours null, gold ukraine | Moscow denies the figure of 500 drones.");
        var json = System.Text.Json.Nodes.JsonNode.Parse(ReportJson.Render(report))!;
        json["totals"]!["claims"]!["f1"]!.GetValue<double>().ShouldBe(1.0);
        json["totals"]!["claim_disputed_by"]!["accuracy"]!.GetValue<double>().ShouldBe(0.5);
        json["seeds"]![0]!["wrong_claim_disputed_by"]!.AsArray().Count.ShouldBe(1);
    }
}
