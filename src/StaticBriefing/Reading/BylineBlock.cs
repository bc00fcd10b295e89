namespace StaticBriefing.Reading;

/// <summary>
/// Where a byline without "By" sits: a name alone on its line with the post date under it (a
/// capitals place may stand between), under the date under a headline, or a name alone right before the first paragraph of prose.
/// </summary>
public static class BylineBlock
{
    private const int MaxPlaceChars = 40;
    private const int MaxPlaceWords = 4;

    /// <summary>The next non-blank line after <paramref name="index"/> when it is nothing but a date.</summary>
    public static int? PostDateAfter(IReadOnlyList<PageLine> lines, int index)
    {
        var next = NextNonBlank(lines, index);
        // A dateline place may stand between the name and the date ("NAME" / "NEW DELHI" / "Published - …",
        // "NAME, ROLE" / "Washington, D.C." / "August 7, 2025").
        if (next + 1 < lines.Count && !lines[next].DateOnly && (IsCapitalsPlace(lines[next].Trimmed) || IsCityAndRegion(lines[next].Trimmed)))
        {
            next = NextNonBlank(lines, next);
        }
        return next < lines.Count && lines[next].DateOnly ? next : null;
    }

    /// <summary>
    /// The previous non-blank line before <paramref name="index"/> when it is nothing but a date: a report
    /// prints its date above the authors ("21 January 2027" / "NAME and NAME, Division").
    /// </summary>
    public static int? DateAbove(IReadOnlyList<PageLine> lines, int index)
    {
        var previous = index - 1;
        while (previous >= 0 && lines[previous].IsBlank)
        {
            previous--;
        }
        return previous >= 0 && lines[previous].DateOnly ? previous : null;
    }

    /// <summary>Whether the next non-blank line after <paramref name="index"/> is a paragraph of prose (not chrome).</summary>
    public static bool ProseFollows(IReadOnlyList<PageLine> lines, int index) =>
        NextNonBlank(lines, index) is var next && next < lines.Count && lines[next].IsContent && TextShape.IsProse(lines[next].Trimmed);

    /// <summary>The first non-blank line after <paramref name="index"/>, or the line count when there is none.</summary>
    private static int NextNonBlank(IReadOnlyList<PageLine> lines, int index)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].IsBlank)
        {
            next++;
        }
        return next;
    }

    /// <summary>A place as "City, Region": a few capitalised words around one comma, no figures.</summary>
    private static bool IsCityAndRegion(string text) =>
        text.Length <= MaxPlaceChars && text.Count(c => c == ',') == 1 && !text.Any(char.IsDigit)
        && TextShape.WordCount(text) <= MaxPlaceWords && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => char.IsUpper(word[0]));

    private static bool IsCapitalsPlace(string text) =>
        text.Length is > 2 and <= MaxPlaceChars && text.Any(char.IsLetter)
        && text.All(c => char.IsUpper(c) || c is ' ' or '-' or '.' or ',' or '\'' or '’');
}
