using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Quotes;

/// <summary>All mentions of a text in order of position, for the speaker lookups.</summary>
internal sealed class MentionIndex
{
    private readonly List<Entry> entries;
    private readonly int[] starts;

    public MentionIndex(EquatableArray<ActorAnnotation> actors)
    {
        entries = actors
            .SelectMany(a => a.Mentions.Select(m => new Entry(m.Start, m.End, a.Id, a.Kind)))
            .OrderBy(e => e.Start).ThenByDescending(e => e.End)
            .ToList();
        starts = entries.Select(e => e.Start).ToArray();
    }

    public readonly record struct Entry(int Start, int End, string ActorId, ActorKind Kind);

    /// <summary>The longest mention starting exactly at <paramref name="position"/>.</summary>
    public Entry? LongestAt(int position)
    {
        var i = First(position);
        return i < entries.Count && entries[i].Start == position ? entries[i] : null;
    }

    /// <summary>The first actor named in [from, to): the longest mention at the earliest position.</summary>
    public string? FirstIn(int from, int to)
    {
        var i = First(from);
        return i < entries.Count && entries[i].Start < to ? entries[i].ActorId : null;
    }

    /// <summary>The last person named before <paramref name="position"/>.</summary>
    public string? LastPersonBefore(int position)
    {
        for (var i = First(position) - 1; i >= 0; i--)
        {
            if (entries[i].Kind == ActorKind.Person && entries[i].End <= position)
            {
                return entries[i].ActorId;
            }
        }
        return null;
    }

    /// <summary>The index of the first entry starting at or after <paramref name="position"/>.</summary>
    private int First(int position)
    {
        var index = Array.BinarySearch(starts, position);
        if (index < 0)
        {
            return ~index;
        }
        while (index > 0 && starts[index - 1] == position)
        {
            index--;
        }
        return index;
    }
}
