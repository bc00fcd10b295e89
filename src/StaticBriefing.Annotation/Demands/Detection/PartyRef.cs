namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>A party a stance is attributed to, and the actor it was resolved through (null for "both sides" or an adjective).</summary>
public readonly record struct PartyRef(string Party, string? ActorId)
{
    /// <summary>The party of actors who belong to no side (journalists, analysts): no stance is theirs.</summary>
    public const string NoParty = "none";

    /// <summary>The party speaks through a document ("the US plan would …"): its stances are read as proposals.</summary>
    public bool Document { get; init; }
}
