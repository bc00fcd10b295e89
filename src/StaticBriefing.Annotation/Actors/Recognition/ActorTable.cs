using System.Collections.Immutable;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>The actors of one text: every reviewed actor (by index) followed by those discovered in it.</summary>
internal sealed class ActorTable
{
    private readonly List<FoundActor> actors = [];
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);

    public ActorTable(ImmutableArray<ActorDefinition> reviewed)
    {
        foreach (var actor in reviewed)
        {
            Add(new FoundActor(actor.Id, actor.Name, actor.Kind, actor.Party, actor.Role, true, actor.CountryKey));
        }
    }

    public FoundActor this[int index] => actors[index];

    public int Count => actors.Count;

    public int IndexOf(string id) => byId.TryGetValue(id, out var index) ? index : -1;

    /// <summary>Adds an unreviewed actor, or returns the one (reviewed or not) that already has its id.</summary>
    public int Discover(string name, ActorKind kind, string party, string role, string? id = null)
    {
        id ??= Slug.Of(name);
        if (id.Length == 0)
        {
            return -1;
        }
        return byId.TryGetValue(id, out var existing)
            ? existing
            : Add(new FoundActor(id, name, kind, party, role, false, id));
    }

    private int Add(FoundActor actor)
    {
        actors.Add(actor);
        byId[actor.Id] = actors.Count - 1;
        return actors.Count - 1;
    }
}
