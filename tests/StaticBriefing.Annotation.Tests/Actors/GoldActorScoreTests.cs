using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Sentences;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>
/// Scores the recognizer against the gold annotations of the five seeds: the set of actor ids per
/// brief and the set of (actor id, exact mention) pairs, micro-averaged over the briefs.
/// </summary>
public sealed class GoldActorScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Actors_and_mentions_reach_the_gold_targets()
    {
        var splitter = new SentenceSplitter(Knowledge.Sentences);
        var recognizer = new ActorRecognizer(Knowledge.Actors);
        var actors = new Score();
        var mentions = new Score();
        foreach (var gold in GoldActors.All())
        {
            var found = recognizer.Recognize(gold.Text, splitter.Split(gold.Text));
            var predicted = found.SelectMany(a => a.Mentions.Select(m => (Id: a.Id, Mention: gold.Text[m.Start..m.End]))).ToHashSet();
            var goldIds = gold.Mentions.Select(m => m.Id).ToHashSet();
            var predictedIds = found.Select(a => a.Id).ToHashSet();
            actors.Add(goldIds, predictedIds);
            mentions.Add(gold.Mentions, predicted);
            output.WriteLine($"== {gold.Name}");
            foreach (var missed in goldIds.Except(predictedIds).Order())
            {
                output.WriteLine($"  missing actor {missed}");
            }
            foreach (var extra in predictedIds.Except(goldIds).Order())
            {
                output.WriteLine($"  extra actor   {extra}");
            }
            foreach (var missed in gold.Mentions.Except(predicted).Order())
            {
                output.WriteLine($"  missing  {missed.Id}: {missed.Mention}");
            }
            foreach (var extra in predicted.Except(gold.Mentions).Order())
            {
                output.WriteLine($"  extra    {extra.Id}: {extra.Mention}");
            }
        }
        output.WriteLine($"actors F1 {actors.F1:0.000} (P {actors.Precision:0.000}, R {actors.Recall:0.000}); mentions F1 {mentions.F1:0.000} (P {mentions.Precision:0.000}, R {mentions.Recall:0.000})");
        actors.F1.ShouldBeGreaterThanOrEqualTo(0.95);
        mentions.F1.ShouldBeGreaterThanOrEqualTo(0.90);
    }

    private sealed class Score
    {
        private int truePositives;
        private int predicted;
        private int expected;

        public double Precision => predicted == 0 ? 0 : (double)truePositives / predicted;

        public double Recall => expected == 0 ? 0 : (double)truePositives / expected;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public void Add<T>(IReadOnlySet<T> gold, IReadOnlySet<T> found)
        {
            truePositives += found.Count(gold.Contains);
            predicted += found.Count;
            expected += gold.Count;
        }
    }
}
