namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The modal cue lists of input/stances.yml, one per stance they state.</summary>
public sealed class ModalLists
{
    public List<string> Demands { get; init; } = [];

    public List<string> Proposes { get; init; } = [];

    public List<string> Rejects { get; init; } = [];

    public List<string> Accepts { get; init; } = [];

    public List<string> Offers { get; init; } = [];
}
