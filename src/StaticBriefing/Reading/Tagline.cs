namespace StaticBriefing.Reading;

/// <summary>
/// A site's tagline: the headline-shaped line printed directly under the masthead ("A podcast on war,
/// peace and the people who negotiate them"). It is told from the headline by what follows it: site
/// furniture (a menu, a breadcrumb, a kicker) and then another headline-shaped line before any prose.
/// A headline directly under the masthead has its standfirst or byline next, not the site's menu.
/// </summary>
public sealed class Tagline(ReadingRules rules)
{
    public bool Is(IReadOnlyList<PageLine> lines, int index, int? mastheadLine)
    {
        if (mastheadLine is not { } masthead || PreviousNonBlank(lines, index) != masthead)
        {
            return false;
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
