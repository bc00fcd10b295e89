namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>input/parties.yml as written.</summary>
internal sealed class PartiesDocument
{
    public required List<PartyEntry> Parties { get; set; }
}
