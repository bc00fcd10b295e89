namespace StaticBriefing.Annotation.Actors;

/// <summary>A side of the negotiation (input/parties.yml): its id and the name the site shows.</summary>
public sealed record PartyDefinition(string Id, string Name);
