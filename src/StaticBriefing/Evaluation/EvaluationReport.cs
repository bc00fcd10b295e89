using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>Per-seed scores and their micro-averaged totals.</summary>
public sealed record EvaluationReport(EquatableArray<SeedScore> Seeds)
{
    public Accuracy Metadata => Sum(s => s.MetadataAccuracy, Accuracy.Zero, (a, b) => a + b);

    public Tally Actors => Sum(s => s.Actors.Tally, Tally.Zero, (a, b) => a + b);

    public Tally Mentions => Sum(s => s.Mentions.Tally, Tally.Zero, (a, b) => a + b);

    public int MentionsOutOfScope => Seeds.Sum(s => s.MentionsOutOfScope);

    public Tally Dates => Sum(s => s.Dates.Tally, Tally.Zero, (a, b) => a + b);

    public Accuracy DateValues => Sum(s => s.DateValues, Accuracy.Zero, (a, b) => a + b);

    public Tally Demands => Sum(s => s.Demands.Tally, Tally.Zero, (a, b) => a + b);

    public Tally Claims => Sum(s => s.Claims.Sentences.Tally, Tally.Zero, (a, b) => a + b);

    public Accuracy ClaimSpeakers => Sum(s => s.Claims.Speakers, Accuracy.Zero, (a, b) => a + b);

    public Accuracy ClaimDisputedBy => Sum(s => s.Claims.DisputedBy, Accuracy.Zero, (a, b) => a + b);

    public int BoilerplateRemaining => Seeds.Sum(s => s.BoilerplateRemaining.Count);

    public int DemandSentencesLost => Seeds.Sum(s => s.DemandSentencesLost.Count);

    private T Sum<T>(Func<SeedScore, T> select, T zero, Func<T, T, T> add) => Seeds.Select(select).Aggregate(zero, add);
}
