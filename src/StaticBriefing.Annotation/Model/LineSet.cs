namespace StaticBriefing.Annotation.Model;

/// <summary>The lines of a text that pass a test (menu rows, lines in capitals), and whether a position lies on one.</summary>
public sealed class LineSet
{
    private readonly List<(int Start, int End)> lines;

    public LineSet(string text, Func<ReadOnlySpan<char>, bool> keep) =>
        lines = [.. TextLines.Of(text).Where(line => keep(text.AsSpan(line.Start, line.End - line.Start)))];

    public bool Contains(int position)
    {
        // The last line starting at or before the position is the only one that can hold it.
        var last = SortedSearch.FirstIndexFrom(lines, position + 1, line => line.Start) - 1;
        return last >= 0 && position < lines[last].End;
    }
}
