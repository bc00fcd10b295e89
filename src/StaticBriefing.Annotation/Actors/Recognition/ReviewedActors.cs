using System.Collections.Immutable;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>The taxonomy's actors as the recognizer sees them, indexed by position and id.</summary>
internal sealed class ReviewedActors
{
    private readonly FoundActor[] actors;
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);

    public ReviewedActors(ImmutableArray<ActorDefinition> definitions)
    {
        actors = definitions.Select(a => new FoundActor(a.Id, a.Name, a.Kind, a.Party, a.Role, true, a.CountryKey)).ToArray();
        for (var i = 0; i < actors.Length; i++)
        {
            byId[actors[i].Id] = i;
        }
    }

    public int Count => actors.Length;

    public FoundActor this[int index] => actors[index];

    public int IndexOf(string id) => byId.TryGetValue(id, out var index) ? index : -1;
}
