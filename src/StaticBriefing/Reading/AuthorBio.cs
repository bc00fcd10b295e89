namespace StaticBriefing.Reading;

/// <summary>
/// An author bio box ("Ana Ruiz is a correspondent covering …") after the article: once the byline
/// has named the author, a line after the body's first paragraph that starts with the author's
/// name and a bio verb is chrome. Articles rarely name their own author in the text itself.
/// </summary>
public static class AuthorBio
{
    public static IReadOnlyList<PageLine> Mark(IReadOnlyList<PageLine> lines, string? author, IReadOnlyCollection<string> verbs)
    {
        if (author is null || verbs.Count == 0)
        {
            return lines;
        }
        var bodyStart = lines.ToList().FindIndex(line => line.IsContent && TextShape.IsProse(line.Trimmed));
        return [.. lines.Select((line, i) => i > bodyStart && bodyStart >= 0 && line.IsContent && IsBio(line.Trimmed, author, verbs) ? line with { IsChrome = true } : line)];
    }

    private static bool IsBio(string text, string author, IReadOnlyCollection<string> verbs) =>
        text.StartsWith(author + " ", StringComparison.Ordinal)
        && verbs.Any(verb => text.AsSpan(author.Length + 1).StartsWith(verb + " ", StringComparison.OrdinalIgnoreCase));
}
