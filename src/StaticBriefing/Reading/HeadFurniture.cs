namespace StaticBriefing.Reading;

/// <summary>
/// Page furniture above the headline in words no pattern knows: a skip link or date bar in the
/// site's own language ("Aller au contenu", "lundi 14 avril 2025"), a tagline. The headline is the
/// first headline-shaped line of the head that shares a word with the article; a line above it
/// that shares no word with the article, with other chrome (a masthead, a menu, a date bar)
/// between the two or shaped unlike a headline (a date bar directly above it), is chrome too, so it
/// never becomes the title. A line that shares a word (a masthead naming the town the article is
/// about) is left to the other rules, and so is a headline-shaped line directly above the headline
/// (a cryptic title over a deck that names the story).
/// </summary>
public sealed class HeadFurniture(ReadingRules rules)
{
    private const int ContentWordMinLetters = 4;

    /// <param name="firstProse">Index of the body's first paragraph of prose.</param>
    public void Mark(string[] texts, bool[] chrome, int firstProse)
    {
        var article = Enumerable.Range(firstProse, texts.Length - firstProse)
            .Where(i => !chrome[i] && TextShape.IsProse(texts[i]))
            .SelectMany(i => ContentWords(texts[i]))
            .ToHashSet(StringComparer.Ordinal);
        bool Unrelated(int i) => !ContentWords(texts[i]).Any(article.Contains);
        var headline = Enumerable.Range(0, firstProse).FirstOrDefault(i => !chrome[i] && IsHeadline(texts[i]) && !Unrelated(i), -1);
        var chromeBetween = false;
        for (var i = headline - 1; i >= 0; i--)
        {
            if (texts[i].Length == 0)
            {
                continue;
            }
            if (chrome[i])
            {
                chromeBetween = true;
                continue;
            }
            chrome[i] = (chromeBetween || !IsHeadline(texts[i])) && !TextShape.IsProse(texts[i]) && Unrelated(i);
        }
    }

    private bool IsHeadline(string text) => TextShape.IsHeadline(text, rules.TitleMinWords, rules.TitleMaxWords);

    /// <summary>Words of at least four letters, lower-cased ("Putin's" gives "putin").</summary>
    private static IEnumerable<string> ContentWords(string text) =>
        Site.Disagreements.SentenceScan.Words(text).Where(word => word.Length >= ContentWordMinLetters);
}
