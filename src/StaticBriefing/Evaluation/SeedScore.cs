using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>Everything the scorer found for one seed.</summary>
public sealed record SeedScore(
    string Id,
    EquatableArray<FieldCheck> Metadata,
    KindScore Actors,
    KindScore Mentions,
    int MentionsOutOfScope,
    KindScore Dates,
    Accuracy DateValues,
    EquatableArray<string> WrongDateValues,
    KindScore Demands,
    ClaimScore Claims,
    EquatableArray<string> BoilerplateRemaining,
    EquatableArray<string> DemandSentencesLost,
    string? Note)
{
    public Accuracy MetadataAccuracy => new(Metadata.Count(f => f.IsRight), Metadata.Count);
}
