using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Site.Views;

/// <summary>Actors of one party, for lists grouped by party.</summary>
public sealed record PartyActors(string Party, string Label, EquatableArray<BriefActor> Actors);
