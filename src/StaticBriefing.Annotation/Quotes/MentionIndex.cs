using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Quotes;

/// <summary>All mentions of a text in order of position, for the speaker lookups.</summary>
internal sealed class MentionIndex
{
    /// <summary>How many mentions back a pronoun's speaker is looked for.</summary>
    private const int PersonReach = 200;

    private readonly List<Entry> entries;
    private readonly int[] starts;

    public MentionIndex(EquatableArray<ActorAnnotation> actors)
    {
        // Built for every text (twice: quotes and demands), so a plain list and sort instead of a LINQ chain.
        var count = 0;
        foreach (var actor in actors)
        {
            count += actor.Mentions.Count;
        }
        var unsorted = new Entry[count];
        var next = 0;
        foreach (var actor in actors)
        {
            foreach (var mention in actor.Mentions)
            {
                unsorted[next++] = new Entry(mention.Start, mention.End, actor.Id, actor.Kind);
            }
        }
        // By start, the longer first; ties keep their order (a stable sort, as OrderBy was).
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            var byStart = unsorted[a].Start.CompareTo(unsorted[b].Start);
            var byEnd = unsorted[b].End.CompareTo(unsorted[a].End);
            return byStart != 0 ? byStart : byEnd != 0 ? byEnd : a.CompareTo(b);
        });
        entries = new List<Entry>(count);
        starts = new int[count];
        foreach (var index in order)
        {
            starts[entries.Count] = unsorted[index].Start;
            entries.Add(unsorted[index]);
        }
    }

    public readonly record struct Entry(int Start, int End, string ActorId, ActorKind Kind);

    /// <summary>The longest mention starting exactly at <paramref name="position"/>.</summary>
    public Entry? LongestAt(int position)
    {
        var i = First(position);
        return i < entries.Count && entries[i].Start == position ? entries[i] : null;
    }

    /// <summary>The first actor named in [from, to) that passes <paramref name="accept"/>: the longest mention at the earliest position.</summary>
    public string? FirstIn(int from, int to, Func<Entry, bool> accept)
    {
        for (var i = First(from); i < entries.Count && entries[i].Start < to; i++)
        {
            if (accept(entries[i]))
            {
                return entries[i].ActorId;
            }
        }
        return null;
    }

    /// <summary>The first person named in [from, to): the longest mention at the earliest position.</summary>
    public Entry? FirstPersonIn(int from, int to)
    {
        for (var i = First(from); i < entries.Count && entries[i].Start < to; i++)
        {
            if (entries[i].Kind == ActorKind.Person)
            {
                return entries[i];
            }
        }
        return null;
    }

    /// <summary>The last person named before <paramref name="position"/>.</summary>
    public string? LastPersonBefore(int position)
    {
        for (var i = First(position) - 1; i >= 0 && i >= First(position) - PersonReach; i--)
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
