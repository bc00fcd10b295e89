using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>The hand-made gold annotation of one seed (the parts the scorer uses).</summary>
public sealed record GoldArticle(
    string Id,
    GoldMetadata Metadata,
    EquatableArray<GoldActor> Actors,
    EquatableArray<GoldDate> Dates,
    EquatableArray<GoldDemand> Demands,
    EquatableArray<GoldClaim> Claims);
