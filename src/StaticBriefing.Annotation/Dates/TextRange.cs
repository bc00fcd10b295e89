namespace StaticBriefing.Annotation.Dates;

/// <summary>A stretch [Start, End) of the text, such as a quotation.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>True when <paramref name="offset"/> lies in one of <paramref name="ranges"/>, which are sorted and disjoint.</summary>
    public static bool Covers(IReadOnlyList<TextRange> ranges, int offset)
    {
        int low = 0, high = ranges.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (offset < ranges[middle].Start)
            {
                high = middle - 1;
            }
            else if (offset >= ranges[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
