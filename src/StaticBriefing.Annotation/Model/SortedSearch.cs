using System.Runtime.InteropServices;

namespace StaticBriefing.Annotation.Model;

/// <summary>Binary search over lists kept sorted by a position (a token index or a text offset).</summary>
public static class SortedSearch
{
    /// <summary>The index of the first item whose position is at or after <paramref name="position"/>, or the count if none is.</summary>
    public static int FirstIndexFrom<T>(IReadOnlyList<T> items, int position, Func<T, int> positionOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (positionOf(items[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>As above, on a list's own storage: no interface call per probe.</summary>
    public static int FirstIndexFrom<T>(List<T> items, int position, Func<T, int> positionOf)
    {
        var span = CollectionsMarshal.AsSpan(items);
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (positionOf(span[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The index of the first key at or after <paramref name="value"/> in sorted keys, or their count.</summary>
    public static int FirstIndexFrom(int[] keys, int value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
