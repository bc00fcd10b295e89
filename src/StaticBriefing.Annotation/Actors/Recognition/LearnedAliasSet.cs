using System.Collections;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The aliases learned while reading one text (discovered names, their surnames, acronyms), each with
/// its actor, and an index by alias in any case: looking one up must not walk them all, since a text
/// may hold as many as it has names.
/// </summary>
internal sealed class LearnedAliasSet : IEnumerable<(string Alias, int Actor)>
{
    private readonly HashSet<(string Alias, int Actor)> entries = [];
    private readonly Dictionary<string, List<(string Alias, int Actor)>> byAlias = new(StringComparer.OrdinalIgnoreCase);

    public int Count => entries.Count;

    public bool Add((string Alias, int Actor) entry)
    {
        if (!entries.Add(entry))
        {
            return false;
        }
        if (!byAlias.TryGetValue(entry.Alias, out var same))
        {
            byAlias[entry.Alias] = same = [];
        }
        same.Add(entry);
        return true;
    }

    /// <summary>The entries whose alias equals <paramref name="alias"/> ignoring case.</summary>
    public IReadOnlyList<(string Alias, int Actor)> Named(string alias) => byAlias.TryGetValue(alias, out var same) ? same : [];

    public IEnumerator<(string Alias, int Actor)> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
