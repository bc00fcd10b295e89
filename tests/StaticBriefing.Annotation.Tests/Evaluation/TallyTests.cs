using StaticBriefing.Evaluation;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class TallyTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_the_counts()
    {
        var tally = new Tally(Correct: 3, Predicted: 4, Gold: 6);
        tally.Precision.ShouldBe(0.75);
        tally.Recall.ShouldBe(0.5);
        tally.F1.ShouldBe(0.6, tolerance: 1e-12);
    }

    [Fact]
    public void Nothing_predicted_against_something_to_find_scores_zero_f1()
    {
        var tally = new Tally(0, 0, 5);
        tally.Precision.ShouldBe(1);
        tally.Recall.ShouldBe(0);
        tally.F1.ShouldBe(0);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_to_find_is_perfect() => new Tally(0, 0, 0).F1.ShouldBe(1);

    [Fact]
    public void Tallies_add_up_as_micro_averages()
    {
        var sum = new Tally(1, 2, 3) + new Tally(4, 5, 6);
        sum.ShouldBe(new Tally(5, 7, 9));
    }

    [Fact]
    public void Accuracy_counts_right_out_of_total()
    {
        new Accuracy(3, 4).Value.ShouldBe(0.75);
        (new Accuracy(1, 2) + new Accuracy(2, 2)).ShouldBe(new Accuracy(3, 4));
        Accuracy.Zero.Value.ShouldBe(1);
    }
}
