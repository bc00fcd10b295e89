namespace StaticBriefing.Reading;

/// <summary>
/// A site's tagline: the headline-shaped line printed directly under the masthead ("A podcast on war,
/// peace and the people who negotiate them"). It is told from the headline by what follows it: site
/// furniture (a menu, a breadcrumb, a kicker) and then another headline-shaped line before any prose.
/// A headline directly under the masthead has its standfirst or byline next, not the site's menu.
/// A line in capitals under the masthead with a mixed-case headline next is the masthead's second line.
/// </summary>
public sealed class Tagline(ReadingRules rules)
{
    public bool Is(IReadOnlyList<PageLine> lines, int index, int? mastheadLine)
    {
        if (mastheadLine is not { } masthead || PreviousNonBlank(lines, index) != masthead)
        {
            return false;
        }
        // The masthead's second line in capitals (its name in a second language, a parent body) over a
        // headline in mixed case ("RESEARCH SERVICE" / "SERVICE DE RECHERCHE" / "Grain Talks: Where …").
        if (IsCapitals(lines[index].Trimmed) && NextNonBlank(lines, index) is { } next && !lines[next].IsChrome
            && lines[next].Trimmed.Any(char.IsLower) && TextShape.IsHeadline(lines[next].Trimmed, rules.TitleMinWords, rules.TitleMaxWords))
        {
            return true;
        }
        var furnitureSeen = false;
        for (var i = index + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }
            if (line.IsChrome)
            {
                furnitureSeen = true;
                continue;
            }
            var text = line.Trimmed;
            return furnitureSeen && !TextShape.IsProse(text) && !rules.Byline.IsMatch(text)
                && TextShape.IsHeadline(text, rules.TitleMinWords, rules.TitleMaxWords);
        }
        return false;
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static int? NextNonBlank(IReadOnlyList<PageLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }
        return null;
    }

    private static int? PreviousNonBlank(IReadOnlyList<PageLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }
        return null;
    }
}
