using StaticBriefing.Evaluation;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole pipeline on the three held-out articles (Heldout/README.md), which the demand rules
/// were not fitted to: a floor against falling back to rules that only know the seeds' phrasing.
/// No rule or cue may be copied from these texts; the blind set is the real judge.
/// </summary>
public class HeldoutDemandTests
{
    [Fact]
    public void Demands_on_unseen_articles_reach_the_floor_score()
    {
        var folder = RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Heldout");
        var report = Evaluator.Run(RepositoryPaths.Root, folder, Path.Combine(folder, "seeds"));
        report.Demands.F1.ShouldBeGreaterThanOrEqualTo(0.75, report.Demands.ToString());
    }
}
