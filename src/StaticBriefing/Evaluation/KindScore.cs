using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>The tally of one annotation kind on one seed, with what was missed and what was spurious.</summary>
public sealed record KindScore(Tally Tally, EquatableArray<string> Missed, EquatableArray<string> Spurious)
{
    public static KindScore Empty { get; } = new(Tally.Zero, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>Scores two sets: correct = intersection.</summary>
    public static KindScore OfSets(IReadOnlySet<string> predicted, IReadOnlySet<string> gold) => new(
        new Tally(predicted.Count(gold.Contains), predicted.Count, gold.Count),
        gold.Where(g => !predicted.Contains(g)).Order(StringComparer.Ordinal).ToEquatableArray(),
        predicted.Where(p => !gold.Contains(p)).Order(StringComparer.Ordinal).ToEquatableArray());
}
