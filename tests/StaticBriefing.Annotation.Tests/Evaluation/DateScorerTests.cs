using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class DateScorerTests
{
    private const string Text = "Talks resume today, and again today after May 16 and early June.";

    [Fact]
    public void Overlapping_spans_match_and_values_are_judged_over_matches()
    {
        GoldDate[] gold = [GoldDate("today", "2025-07-22"), GoldDate("today", "2025-07-22"), GoldDate("May 16", "2025-05-16"), GoldDate("early June", "2025-06")];
        // "June" overlaps "early June" (relaxed); the second "today" has a wrong value; "May 16" is missed.
        var predicted = Annotated(Text, dates: [Date(Text, "today", "2025-07-22"), Date(Text, "today", "2025-07-23", 1), Date(Text, "June", "2025-06"), Date(Text, "Talks", "PRESENT_REF")]);
        var (spans, values, wrong) = DateScorer.Score(gold, predicted, new TextLocator(Text));
        spans.Tally.ShouldBe(new Tally(3, 4, 4));
        values.ShouldBe(new Accuracy(2, 3));
        wrong.ShouldBe(["today: 2025-07-23, gold 2025-07-22"]);
        spans.Missed.Count.ShouldBe(1);
        spans.Missed[0].ShouldStartWith("May 16");
        spans.Spurious.Count.ShouldBe(1);
        spans.Spurious[0].ShouldStartWith("Talks");
    }

    [Fact]
    public void One_prediction_matches_at_most_one_gold_date()
    {
        GoldDate[] gold = [GoldDate("May 16", "2025-05-16"), GoldDate("16", "2025-05-16")];
        var predicted = Annotated(Text, dates: [Date(Text, "May 16", "2025-05-16")]);
        DateScorer.Score(gold, predicted, new TextLocator(Text)).Spans.Tally.ShouldBe(new Tally(1, 1, 2));
    }

    [Fact]
    public void Metadata_and_boilerplate_dates_are_left_out()
    {
        GoldDate[] gold = [GoldDate("July 22, 2025", "2025-07-22", "metadata: byline"), GoldDate("2025", "2025", "boilerplate: copyright"), GoldDate("today", "2025-07-22")];
        var predicted = Annotated(Text, dates: [Date(Text, "today", "2025-07-22")]);
        DateScorer.Score(gold, predicted, new TextLocator(Text)).Spans.Tally.ShouldBe(new Tally(1, 1, 1));
    }

    [Fact]
    public void Gold_dates_missing_from_the_text_count_as_missed()
    {
        GoldDate[] gold = [GoldDate("tomorrow", "2025-07-23")];
        var (spans, _, _) = DateScorer.Score(gold, Annotated(Text), new TextLocator(Text));
        spans.Tally.ShouldBe(new Tally(0, 0, 1));
        spans.Missed[0].ShouldContain("not in text");
    }

    [Fact]
    public void A_gold_date_whose_line_was_dropped_does_not_push_later_dates_out_of_reach()
    {
        // The gold's first "3" stood on a line the reader dropped; its text occurs again only in the
        // last sentence's note mark. Searching on from there would lose "2 May" and "5 May".
        const string text = "Talks opened on 2 May and closed on 5 May.[3]";
        GoldDate[] gold = [GoldDate("3", "2025-05-03"), GoldDate("2 May", "2025-05-02"), GoldDate("5 May", "2025-05-05")];
        var predicted = Annotated(text, dates: [Date(text, "2 May", "2025-05-02"), Date(text, "5 May", "2025-05-05")]);
        var (spans, values, _) = DateScorer.Score(gold, predicted, new TextLocator(text));
        spans.Tally.ShouldBe(new Tally(2, 2, 3));
        values.ShouldBe(new Accuracy(2, 2));
        spans.Missed.ShouldBe(["3 = 2025-05-03 (not in text in gold order)"]);
    }

    [Fact]
    public void Gold_dates_are_placed_by_gold_and_text_alone_never_where_a_prediction_happens_to_be()
    {
        // One gold "today"; the annotator marked only the second occurrence. The gold is placed at the
        // earliest in-order occurrence, as in-order search did, so the prediction does not match.
        const string text = "Talks resume today, and again today after May 16 and early June.";
        var predicted = Annotated(text, dates: [Date(text, "today", "2025-07-22", 1)]);
        var (spans, _, _) = DateScorer.Score([GoldDate("today", "2025-07-22")], predicted, new TextLocator(text));
        spans.Tally.ShouldBe(new Tally(0, 1, 1));
    }

    [Theory]
    [InlineData("P1DE", "P10Y", true)]
    [InlineData("P2DE", "P20Y", true)]
    [InlineData("P1CE", "P100Y", true)]
    [InlineData("P10Y", "P1DE", true)]
    [InlineData("P12M", "P1Y", false)]
    [InlineData("P1DE", "P1Y", false)]
    [InlineData("PXDE", "PXY", false)]
    [InlineData("2025-07", "2025-07", true)]
    public void Equivalent_durations_are_the_same_value(string a, string b, bool same) => TimexEquivalence.Same(a, b).ShouldBe(same);

    [Fact]
    public void A_decade_scores_as_ten_years()
    {
        const string text = "He has not visited in a decade.";
        var predicted = Annotated(text, dates: [Date(text, "a decade", "P1DE")]);
        var (_, values, wrong) = DateScorer.Score([GoldDate("a decade", "P10Y")], predicted, new TextLocator(text));
        values.ShouldBe(new Accuracy(1, 1));
        wrong.ShouldBeEmpty();
    }
}
