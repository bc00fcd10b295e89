using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class ActorScorerTests
{
    private const string Text = "President Ann Lee met Bo Chan. Lee said the talks would go on.";

    [Fact]
    public void Actors_are_scored_as_sets_of_ids()
    {
        var gold = new[] { new GoldActor("ann-lee", Strings("Ann Lee")), new GoldActor("bo-chan", Strings("Bo Chan")) };
        var predicted = Annotated(Text, [Actor(Text, "ann-lee", "Ann Lee"), Actor(Text, "talks", "talks")]);
        var (actors, _, _) = ActorScorer.Score(gold, predicted, new TextLocator(Text));
        actors.Tally.ShouldBe(new Tally(1, 2, 2));
        actors.Missed.ShouldBe(["bo-chan"]);
        actors.Spurious.ShouldBe(["talks"]);
    }

    [Fact]
    public void Mentions_are_id_and_exact_string_pairs()
    {
        var gold = new[] { new GoldActor("ann-lee", Strings("President Ann Lee", "Ann Lee", "Lee")) };
        // "Lee" predicted for the wrong actor is both a miss and a spurious pair.
        var predicted = Annotated(Text, [Actor(Text, "ann-lee", "President Ann Lee", "Ann Lee"), Actor(Text, "bo-chan", "Lee")]);
        var (_, mentions, _) = ActorScorer.Score(gold, predicted, new TextLocator(Text));
        mentions.Tally.ShouldBe(new Tally(2, 3, 3));
        mentions.Missed.ShouldBe(["ann-lee: Lee"]);
        mentions.Spurious.ShouldBe(["bo-chan: Lee"]);
    }

    [Fact]
    public void Gold_mentions_absent_from_the_cleaned_text_are_out_of_scope_and_counted()
    {
        var gold = new[] { new GoldActor("ann-lee", Strings("Ann Lee", "Madam Lee")), new GoldActor("byline-author", Strings("Jo Writer")) };
        var predicted = Annotated(Text, [Actor(Text, "ann-lee", "Ann Lee")]);
        var (actors, mentions, outOfScope) = ActorScorer.Score(gold, predicted, new TextLocator(Text));
        outOfScope.ShouldBe(2);
        mentions.Tally.ShouldBe(new Tally(1, 1, 1));
        actors.Tally.ShouldBe(new Tally(1, 1, 1));
    }
}
