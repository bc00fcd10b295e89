using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Lists;

/// <summary>The position a list heading states for the items under it: "What Russia wants" is Russia demanding each.</summary>
public sealed record ListPosition(IReadOnlyList<PartyRef> Parties, Stance Stance);
