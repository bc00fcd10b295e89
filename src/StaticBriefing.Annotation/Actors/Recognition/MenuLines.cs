using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Navigation lines a page left in the text ("Home | World | Switzerland | Sport"): three or more
/// short items between vertical bars. A name there is a menu entry, not a mention.
/// </summary>
internal sealed class MenuLines
{
    private const int MinItems = 3;
    private const int MaxItemWords = 4;

    private readonly List<(int Start, int End)> lines = [];

    public MenuLines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (IsMenu(text.AsSpan(start, end - start)))
            {
                lines.Add((start, end));
            }
            start = end + 1;
        }
    }

    public bool Contains(int position)
    {
        var last = SortedSearch.FirstIndexFrom(lines, position + 1, line => line.Start) - 1;
        return last >= 0 && position < lines[last].End;
    }

    private static bool IsMenu(ReadOnlySpan<char> line)
    {
        if (line.Count('|') < MinItems - 1)
        {
            return false;
        }
        foreach (var range in line.Split('|'))
        {
            var item = line[range].Trim();
            if (item.Length == 0 || item.Count(' ') >= MaxItemWords || item[^1] is '.' or '!' or '?')
            {
                return false;
            }
        }
        return true;
    }
}
