using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Model;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The claim detector on the five seeds (actors and sentences from the gold files). A claim
/// matches when it lies in the gold sentence and names the same speaker; the strict score also
/// needs the same disputer.
/// </summary>
public class GoldClaimTests(ITestOutputHelper output)
{
    [Fact]
    public void Claims_on_the_seeds_reach_the_floor_score()
    {
        var detector = new ClaimDetector(LexiconFiles.Demands);
        int tp = 0, strict = 0, fp = 0, fn = 0;
        var lines = new List<string>();
        foreach (var name in GoldHarness.Names)
        {
            var harness = new GoldHarness(name);
            var found = detector.Detect(harness.Text, harness.Sentences, harness.Actors, EquatableArray<QuoteAnnotation>.Empty);
            var gold = harness.Gold.Claims.Select(c => (Range: harness.RangeOf(c.Sentence), c.Who, c.DisputedBy, c.Sentence)).ToList();
            var unmatched = new List<ClaimAnnotation>(found);
            foreach (var claim in gold)
            {
                var match = unmatched.FirstOrDefault(c => claim.Range.Start <= c.Start && c.Start < claim.Range.End && c.Who == claim.Who);
                if (match is null)
                {
                    fn++;
                    lines.Add($"{name} FN who={claim.Who} by={claim.DisputedBy} | {claim.Sentence[..Math.Min(100, claim.Sentence.Length)]}");
                    continue;
                }
                unmatched.Remove(match);
                tp++;
                if (match.DisputedBy == claim.DisputedBy)
                {
                    strict++;
                }
                else
                {
                    lines.Add($"{name} DISPUTE who={claim.Who} gold={claim.DisputedBy} found={match.DisputedBy}");
                }
            }
            foreach (var claim in unmatched)
            {
                fp++;
                lines.Add($"{name} FP who={claim.Who} by={claim.DisputedBy} | {harness.Text[claim.Start..claim.End]}");
            }
        }
        var precision = (double)tp / Math.Max(1, tp + fp);
        var recall = (double)tp / Math.Max(1, tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        lines.Insert(0, $"claims P={precision:F3} R={recall:F3} F1={f1:F3} strict-dispute={strict}/{tp} (tp={tp} fp={fp} fn={fn})");
        output.WriteLine(string.Join('\n', lines));
        if (Environment.GetEnvironmentVariable("CLAIMS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllLines(path, lines);
        }
        f1.ShouldBeGreaterThanOrEqualTo(0.0);
    }
}
