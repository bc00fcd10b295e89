using StaticBriefing.Annotation.Model;
using StaticBriefing.Evaluation;
using static StaticBriefing.Annotation.Tests.Evaluation.ScoringFixtures;

namespace StaticBriefing.Annotation.Tests.Evaluation;

/// <summary>The plain-text report shows, in the per-seed table itself, which seeds leaned on the gold.</summary>
public class ReportTableTests
{
    private const string Text = "Kyiv wants a ceasefire.";

    private static SeedScore Score(string id, string? note) =>
        SeedScorer.Score(Gold() with { Id = id }, Article(Text) with { Id = id }, Annotated(Text), DemandEquivalences.None, note);

    [Fact]
    public void A_seed_annotated_against_the_gold_date_says_so_in_its_table_row()
    {
        var report = new EvaluationReport(new[] { Score("alpha", null), Score("beta", "no publication date found; annotated against the gold date") }.ToEquatableArray());
        var lines = ReportTable.Render(report, details: false).Split('\n');
        lines.Single(l => l.StartsWith("beta ", StringComparison.Ordinal)).ShouldEndWith("  no publication date found; annotated against the gold date");
        lines.Single(l => l.StartsWith("alpha ", StringComparison.Ordinal)).ShouldNotContain("gold date");
        lines.ShouldContain(l => l.StartsWith("NOTE: 1 of 2 seeds", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_notes_there_is_no_note_line() =>
        ReportTable.Render(new EvaluationReport(new[] { Score("alpha", null) }.ToEquatableArray()), details: false)
            .ShouldNotContain("NOTE:");
}
