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

    private readonly LineSet lines;

    public MenuLines(string text) => lines = new LineSet(text, IsMenu);

    public bool Contains(int position) => lines.Contains(position);

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
