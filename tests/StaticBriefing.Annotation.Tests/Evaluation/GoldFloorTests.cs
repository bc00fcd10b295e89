using StaticBriefing.Evaluation;

namespace StaticBriefing.Annotation.Tests.Evaluation;

/// <summary>
/// The whole pipeline (reader + annotator from input/) against the hand-made gold: the floors the
/// project promises. Run 'evaluate --details' to see what is missed.
/// </summary>
public class GoldFloorTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
        Evaluator.Run(RepositoryPaths.Root, RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Gold")));

    [Fact]
    public void All_metadata_of_the_five_seeds_is_right() =>
        Report.Value.Seeds.SelectMany(s => s.Metadata.Where(f => !f.IsRight).Select(f => $"{s.Id} {f.Field}: {f.Actual} (gold {f.Expected})"))
            .ShouldBeEmpty();

    [Fact]
    public void Actors_reach_f1_095() => Report.Value.Actors.F1.ShouldBeGreaterThanOrEqualTo(0.95);

    [Fact]
    public void Mentions_reach_f1_090() => Report.Value.Mentions.F1.ShouldBeGreaterThanOrEqualTo(0.90);

    [Fact]
    public void Date_spans_reach_f1_095() => Report.Value.Dates.F1.ShouldBeGreaterThanOrEqualTo(0.95);

    [Fact]
    public void Date_values_are_right_for_90_percent_of_matched_spans() => Report.Value.DateValues.Value.ShouldBeGreaterThanOrEqualTo(0.90);

    [Fact]
    public void Demands_reach_f1_080() => Report.Value.Demands.F1.ShouldBeGreaterThanOrEqualTo(0.80);

    [Fact]
    public void Chrome_stripping_removes_all_gold_boilerplate_and_keeps_every_demand_sentence()
    {
        Report.Value.Seeds.SelectMany(s => s.BoilerplateRemaining.Select(line => $"{s.Id}: {line}")).ShouldBeEmpty();
        Report.Value.Seeds.SelectMany(s => s.DemandSentencesLost.Select(line => $"{s.Id}: {line}")).ShouldBeEmpty();
    }
}
