using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>One actor across all briefs.</summary>
public sealed record ActorProfile(
    string Id,
    string Name,
    ActorKind Kind,
    string Party,
    string PartyLabel,
    string Role,
    bool Reviewed,
    EquatableArray<BriefSummary> Briefs,
    EquatableArray<ActorMention> Mentions,
    EquatableArray<ActorQuote> Quotes,
    EquatableArray<ActorDemand> Demands,
    EquatableArray<ActorLink> CoActors)
{
    /// <summary>Other names: the taxonomy's aliases, then the words the briefs name the actor by (most used first).</summary>
    public EquatableArray<string> AlsoNamed { get; init; } = EquatableArray<string>.Empty;
}
