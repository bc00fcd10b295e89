using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

// PLACEHOLDER (owned by the sentences/actors helper): the actor taxonomy from input/actors.yml.
public sealed record ActorLexicon(EquatableArray<ActorDefinition> Actors)
{
    public static ActorLexicon Parse(DataFile actors) => new(EquatableArray<ActorDefinition>.Empty);
}
