using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

// PLACEHOLDER (owned by the sentences/actors helper): the actor taxonomy from input/actors.yml.
public sealed record ActorLexicon(EquatableArray<ActorDefinition> Actors);
