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
}
