namespace StaticBriefing.Annotation.Actors;

/// <summary>
/// A side of the negotiation (input/parties.yml): its id, the name the site shows and, for a side
/// whose stances are filed under another (a mediator among "other actors"), that party's id.
/// </summary>
public sealed record PartyDefinition(string Id, string Name, string? PositionsUnder = null);
