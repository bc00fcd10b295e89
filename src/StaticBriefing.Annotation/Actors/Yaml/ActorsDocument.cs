namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>input/actors.yml as written: the cue lists and the taxonomy.</summary>
internal sealed class ActorsDocument
{
    public required CuesEntry Cues { get; set; }

    public required List<ActorEntry> Actors { get; set; }
}
