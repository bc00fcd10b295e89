using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>A stretch [Start, End) of the text, such as a quotation.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>True when <paramref name="offset"/> lies in one of <paramref name="ranges"/>, which are sorted and disjoint.</summary>
    public static bool Covers(IReadOnlyList<TextRange> ranges, int offset)
    {
        // The last range starting at or before the offset is the only one that can cover it.
        var last = SortedSearch.FirstIndexFrom(ranges, offset + 1, range => range.Start) - 1;
        return last >= 0 && offset < ranges[last].End;
    }
}
