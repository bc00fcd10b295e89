using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// Scores detected demands against a gold file: an entry is (gold sentence, party, issue, stance),
/// with the gold README's equivalence (rejecting an issue = demanding its opposite).
/// </summary>
public sealed class DemandScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public List<string> Misses { get; } = [];

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(GoldHarness harness, DemandLexicon lexicon, EquatableArray<DemandAnnotation> found)
    {
        var ranges = harness.Gold.Demands.Select(d => d.Sentence).Distinct().Select(s => (Sentence: s, Range: harness.RangeOf(s))).ToList();
        var gold = harness.Gold.Demands
            .Select(d => Key(lexicon, ranges.FindIndex(r => r.Sentence == d.Sentence), d.Party, d.Issue, d.Stance))
            .ToHashSet();
        var detected = found
            .Select(d => Key(lexicon, SentenceKey(ranges, d), d.Party, d.Issue, d.Stance.ToString().ToLowerInvariant()))
            .ToHashSet();
        foreach (var entry in detected)
        {
            if (gold.Contains(entry))
            {
                TruePositives++;
            }
            else
            {
                FalsePositives++;
                Misses.Add($"{harness.Name} FP {Describe(harness, ranges, entry, found)}");
            }
        }
        foreach (var entry in gold.Where(entry => !detected.Contains(entry)))
        {
            FalseNegatives++;
            Misses.Add($"{harness.Name} FN {entry} | {Short(ranges[entry.Sentence].Sentence)}");
        }
    }

    public override string ToString() =>
        $"P={Precision:F3} R={Recall:F3} F1={F1:F3} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})";

    private static int SentenceKey(List<(string Sentence, (int Start, int End) Range)> ranges, DemandAnnotation demand)
    {
        var index = ranges.FindIndex(r => r.Range.Start <= demand.Start && demand.Start < r.Range.End);
        return index >= 0 ? index : -1 - demand.Sentence;
    }

    private static string Describe(GoldHarness harness, List<(string Sentence, (int Start, int End) Range)> ranges, (int Sentence, string, string, string) entry, EquatableArray<DemandAnnotation> found)
    {
        if (entry.Sentence >= 0)
        {
            return $"{entry} | {Short(ranges[entry.Sentence].Sentence)}";
        }
        var sentence = harness.Sentences[-1 - entry.Sentence];
        return $"{entry} | {Short(sentence.TextOf(harness.Text))}";
    }

    private static string Short(string text) => text.Length > 110 ? text[..110] + "…" : text;

    /// <summary>Rejecting an issue is demanding its opposite; the key uses the alphabetically first issue of the pair.</summary>
    private static (int Sentence, string Party, string Issue, string Stance) Key(DemandLexicon lexicon, int sentence, string party, string issue, string stance)
    {
        var opposite = lexicon.Issue(issue)?.Opposite;
        if (opposite is not null && stance is "demands" or "rejects" && string.CompareOrdinal(issue, opposite) > 0)
        {
            return (sentence, party, opposite, stance == "demands" ? "rejects" : "demands");
        }
        return (sentence, party, issue, stance);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
