using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>An actor with every mention, quote and demand the briefs attribute to it, each cited.</summary>
public sealed record ActorItem(
    string Id,
    string Name,
    ActorKind Kind,
    string Party,
    string PartyName,
    string Role,
    EquatableArray<string> Aliases,
    bool Reviewed,
    string Url,
    EquatableArray<string> Briefs,
    EquatableArray<CitedText> Mentions,
    EquatableArray<CitedText> Quotes,
    EquatableArray<PositionItem> Demands);
