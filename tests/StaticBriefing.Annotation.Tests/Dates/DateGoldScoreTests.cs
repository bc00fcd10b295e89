using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>
/// Scores the tagger on the five seeds against the gold body dates (boilerplate and metadata
/// entries left out; predictions inside those lines or spans are out of scope).
/// </summary>
public class DateGoldScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_dates_reach_the_span_and_value_targets()
    {
        var recognizer = new DateRecognizer(TemporalLexicon.Parse(new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml")))));
        var total = new DateScore(0, 0, 0, 0, 0);
        foreach (var (seed, published) in GoldDates.Seeds)
        {
            var score = Score(recognizer, seed, GoldDates.Published(published));
            output.WriteLine($"{seed}: {score}");
            total += score;
        }
        output.WriteLine($"total: {total}");
        total.F1.ShouldBeGreaterThanOrEqualTo(0.95, total.ToString());
        total.ValueAccuracy.ShouldBeGreaterThanOrEqualTo(0.90, total.ToString());
    }

    private DateScore Score(DateRecognizer recognizer, string seed, ReferenceDate published)
    {
        var text = GoldDates.SeedText(seed);
        var (gold, chrome) = GoldDates.Load(seed, text);
        var outOfScope = chrome.Concat(gold.Where(g => !g.Body).Select(g => (g.Start, g.End))).ToList();
        var predicted = recognizer.Recognize(text, new SentenceSplitter().Split(text), published)
            .Where(p => !outOfScope.Any(o => p.Start < o.End && o.Start < p.End))
            .ToList();
        var body = gold.Where(g => g.Body).ToList();
        var unmatched = new List<GoldDate>(body);
        int matched = 0, valueCorrect = 0, fullCorrect = 0;
        foreach (var p in predicted)
        {
            var g = unmatched.FirstOrDefault(g => p.Start < g.End && g.Start < p.End);
            var surface = text[p.Start..p.End];
            if (g is null)
            {
                output.WriteLine($"  FP  '{surface}' {p.Value} {p.Mod}");
                continue;
            }
            unmatched.Remove(g);
            matched++;
            var mod = p.Mod == TimexMod.None ? null : p.Mod.ToString().ToUpperInvariant();
            var type = p.Type.ToString().ToUpperInvariant();
            valueCorrect += p.Value == g.Value ? 1 : 0;
            fullCorrect += p.Value == g.Value && mod == g.Mod && type == g.Type ? 1 : 0;
            if (p.Value != g.Value || mod != g.Mod || type != g.Type || surface != g.Text)
            {
                output.WriteLine($"  DIFF '{surface}' {p.Value} {type} {mod} — gold '{g.Text}' {g.Value} {g.Type} {g.Mod}");
            }
        }
        foreach (var g in unmatched)
        {
            output.WriteLine($"  FN  '{g.Text}' {g.Value} {g.Mod}");
        }
        return new DateScore(predicted.Count, body.Count, matched, valueCorrect, fullCorrect);
    }
}
