namespace StaticBriefing.Site.Indexes;

/// <summary>A sentence cut down to a readable length around the words that matter, with ellipses where cut.</summary>
public static class Snippet
{
    public const int MaxLength = 240;

    public static string Around(string sentence, string? focus = null, int maxLength = MaxLength)
    {
        var text = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxLength)
        {
            return text;
        }
        var at = focus is null ? -1 : text.IndexOf(focus, StringComparison.Ordinal);
        var start = at < 0 ? 0 : Math.Clamp(at + (focus!.Length / 2) - (maxLength / 2), 0, text.Length - maxLength);
        var end = start + maxLength;
        start = start == 0 ? 0 : WordStart(text, start);
        end = end >= text.Length ? text.Length : WordEnd(text, end);
        return (start > 0 ? "… " : "") + text[start..end].Trim() + (end < text.Length ? " …" : "");
    }

    private static int WordStart(string text, int index)
    {
        var space = text.IndexOf(' ', index);
        return space < 0 ? index : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        var space = text.LastIndexOf(' ', index);
        return space <= 0 ? index : space;
    }
}
