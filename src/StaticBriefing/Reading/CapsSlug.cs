namespace StaticBriefing.Reading;

/// <summary>
/// A slug in capitals (a story's keyword line on an agency page: "UAE RUSSIA UKRAINE TALKS") printed
/// right above a headline in mixed case. It is a label for editors, not the title.
/// </summary>
public static class CapsSlug
{
    private const int MaxWords = 6;

    /// <summary>Whether line <paramref name="above"/> is such a slug over line <paramref name="headline"/>, with nothing but blank lines between.</summary>
    public static bool Above(IReadOnlyList<PageLine> lines, int above, int headline)
    {
        for (var i = above + 1; i < headline; i++)
        {
            if (!lines[i].IsBlank)
            {
                return false;
            }
        }
        var slug = lines[above].Trimmed;
        return TextShape.WordCount(slug) <= MaxWords && InCapitals(slug) && lines[headline].Trimmed.Any(char.IsLower);
    }

    private static bool InCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
