using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

/// <summary>
/// A reviewed actor of the taxonomy (input/actors.yml). Aliases are names matched with their exact
/// capitalisation; Titles name the actor after "the" ("the Federation"). The init-only members feed
/// the composed descriptions: an adjective or possessor ties a noun to a country ("the Russian
/// president", "Kyiv’s delegation"), and that country's noun designates this actor.
/// </summary>
public sealed record ActorDefinition(
    string Id,
    string Name,
    ActorKind Kind,
    string Party,
    string Role,
    EquatableArray<string> Aliases,
    EquatableArray<string> Titles)
{
    /// <summary>Words that tie a following noun to this actor's country ("Russian", "Kremlin").</summary>
    public EquatableArray<string> Adjectives { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The actor whose nouns this one answers to; null means the actor itself.</summary>
    public string? Country { get; init; }

    /// <summary>Role nouns that designate this actor once tied to its country ("president", "delegation").</summary>
    public EquatableArray<string> Nouns { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Nouns that designate this actor after any possessor ("its Western partners").</summary>
    public EquatableArray<string> PossessedNouns { get; init; } = EquatableArray<string>.Empty;

    /// <summary>A news organisation: what it publishes is reporting, not its party's voice (a state news agency).</summary>
    public bool Media { get; init; }

    /// <summary>
    /// The party this actor's positions are filed under when it is not its own: a group of states
    /// speaks for the bloc most of its members belong to, while the actor keeps its party.
    /// </summary>
    public string? PositionsUnder { get; init; }

    /// <summary>The key its nouns are filed under: its country, or itself.</summary>
    public string CountryKey => Country ?? Id;
}
