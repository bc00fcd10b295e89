using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The actors of one text: the reviewed actors (shared, by index) followed by those discovered in
/// this text. The reviewed part is built once per lexicon, so a short text costs no copying.
/// </summary>
internal sealed class ActorTable(ReviewedActors reviewed)
{
    private readonly List<FoundActor> discovered = [];
    private readonly Dictionary<string, int> discoveredIds = new(StringComparer.Ordinal);

    public FoundActor this[int index] => index < reviewed.Count ? reviewed[index] : discovered[index - reviewed.Count];

    public int Count => reviewed.Count + discovered.Count;

    /// <summary>Whether the actor at <paramref name="index"/> was discovered in this text rather than listed.</summary>
    public bool IsDiscovered(int index) => index >= reviewed.Count;

    /// <summary>The index of the reviewed actor with this id, or -1.</summary>
    public int IndexOf(string id) => reviewed.IndexOf(id);

    /// <summary>Gives a discovered actor of no party the party it is found to belong to; listed actors keep theirs.</summary>
    public void Affiliate(int index, string? party)
    {
        if (party is not null && IsDiscovered(index) && discovered[index - reviewed.Count] is { Party: "none" } found)
        {
            discovered[index - reviewed.Count] = found with { Party = party };
        }
    }

    /// <summary>Adds an unreviewed actor, or returns the one (reviewed or not) that already has its id.</summary>
    public int Discover(string name, ActorKind kind, string party, string role, string? id = null)
    {
        id ??= Slug.Of(name);
        if (id.Length == 0)
        {
            return -1;
        }
        if (reviewed.IndexOf(id) is var known and >= 0)
        {
            return known;
        }
        if (discoveredIds.TryGetValue(id, out var existing))
        {
            return existing;
        }
        discovered.Add(new FoundActor(id, name, kind, party, role, false, id));
        discoveredIds[id] = Count - 1;
        return Count - 1;
    }
}
