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
        int low = 0, high = lines.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (position < lines[middle].Start)
            {
                high = middle - 1;
            }
            else if (position >= lines[middle].End)
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
