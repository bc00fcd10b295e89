namespace StaticBriefing.Reading;

/// <summary>
/// Page furniture above the site's menu: a skip link or date bar in the site's own language
/// ("Przejdź do treści", "niedziela, 11 maja 2025") that no pattern knows. When a menu run in the
/// head is followed by a headline-shaped line that shares a word with the article, the lines above
/// that menu which share no word with the article are chrome, so neither becomes the title. A line
/// that shares a word (a masthead naming the town the article is about) is left to the other rules.
/// </summary>
public sealed class HeadFurniture(ReadingRules rules)
{
    private const int ContentWordMinLetters = 4;

    /// <param name="firstProse">Index of the body's first paragraph of prose.</param>
    /// <param name="menus">The menu runs found before it.</param>
    public void Mark(string[] texts, bool[] chrome, int firstProse, IReadOnlyList<Range> menus)
    {
        if (menus.Count == 0)
        {
            return;
        }
        var article = Enumerable.Range(firstProse, texts.Length - firstProse)
            .Where(i => !chrome[i] && TextShape.IsProse(texts[i]))
            .SelectMany(i => ContentWords(texts[i]))
            .ToHashSet(StringComparer.Ordinal);
        bool Unrelated(int i) => !ContentWords(texts[i]).Any(article.Contains);
        var headline = Enumerable.Range(0, firstProse).LastOrDefault(
            i => !chrome[i] && TextShape.IsHeadline(texts[i], rules.TitleMinWords, rules.TitleMaxWords) && !Unrelated(i), -1);
        // The lowest menu with the headline under it: everything above it is the page's top bar.
        var top = menus.Where(run => run.End.Value <= headline).Select(run => run.Start.Value).DefaultIfEmpty(0).Max();
        for (var i = 0; i < top; i++)
        {
            chrome[i] |= texts[i].Length > 0 && !TextShape.IsProse(texts[i]) && Unrelated(i);
        }
    }

    /// <summary>Words of at least four letters, lower-cased ("Putin's" gives "putin").</summary>
    private static IEnumerable<string> ContentWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= ContentWordMinLetters)
                {
                    yield return text[start..i].ToLowerInvariant();
                }
                start = -1;
            }
        }
    }
}
