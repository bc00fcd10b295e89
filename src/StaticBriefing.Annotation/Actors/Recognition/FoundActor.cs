using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>An actor of one text: a reviewed one from the taxonomy or one discovered by a cue.</summary>
internal sealed record FoundActor(string Id, string Name, ActorKind Kind, string Party, string Role, bool Reviewed, string CountryKey);
