namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>One actor of input/actors.yml as written.</summary>
internal sealed class ActorEntry
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public required string Party { get; set; }
    public required string Role { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<string> Titles { get; set; } = [];
    public List<string> Adjectives { get; set; } = [];
    public string? Country { get; set; }
    public List<string> Nouns { get; set; } = [];
    public List<string> PossessedNouns { get; set; } = [];
    public bool Media { get; set; }
    public string? PositionsUnder { get; set; }
}
