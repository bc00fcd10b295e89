namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>One party of input/parties.yml as written.</summary>
internal sealed class PartyEntry
{
    public required string Id { get; set; }
    public required string Name { get; set; }

    public string? PositionsUnder { get; set; }
}
