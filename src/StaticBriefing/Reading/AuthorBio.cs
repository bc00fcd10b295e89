namespace StaticBriefing.Reading;

/// <summary>
/// An author bio box ("Ana Ruiz is a correspondent covering …", "The writer served as …") after the
/// article: once the byline has named the author, a line after the body's first paragraph that starts
/// with the author's name, or a word for the author from reading.yml, and a bio verb is chrome.
/// Articles rarely name their own author in the text itself.
/// </summary>
public static class AuthorBio
{
    public static IReadOnlyList<PageLine> Mark(IReadOnlyList<PageLine> lines, string? author, IReadOnlyCollection<string> verbs, IReadOnlyCollection<string> subjects)
    {
        if (author is null || verbs.Count == 0)
        {
            return lines;
        }
        var bodyStart = lines.ToList().FindIndex(line => line.IsContent && TextShape.IsProse(line.Trimmed));
        return [.. lines.Select((line, i) => i > bodyStart && bodyStart >= 0 && line.IsContent && IsBio(line.Trimmed, author, subjects, verbs) ? line with { IsChrome = true } : line)];
    }

    /// <summary>The author's name keeps its case ("Ana Ruiz"); a word for the author may open with a capital ("The writer").</summary>
    private static bool IsBio(string text, string author, IReadOnlyCollection<string> subjects, IReadOnlyCollection<string> verbs) =>
        (text.StartsWith(author + " ", StringComparison.Ordinal) && FollowedByVerb(text, author.Length, verbs))
        || subjects.Any(subject => text.StartsWith(subject + " ", StringComparison.OrdinalIgnoreCase) && FollowedByVerb(text, subject.Length, verbs));

    private static bool FollowedByVerb(string text, int nameLength, IReadOnlyCollection<string> verbs) =>
        verbs.Any(verb => text.AsSpan(nameLength + 1).StartsWith(verb + " ", StringComparison.OrdinalIgnoreCase));
}
