namespace StaticBriefing.Reading;

/// <summary>Whether a headline-shaped content line follows a head line before the first paragraph of prose.</summary>
public static class HeadlineAhead
{
    /// <summary>Another headline-shaped content line before the first paragraph of prose.</summary>
    public static bool Follows(ReadingRules rules, IReadOnlyList<PageLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            var text = lines[i].Trimmed;
            if (!lines[i].IsContent || rules.Byline.IsMatch(text))
            {
                continue;
            }
            if (TextShape.IsProse(text))
            {
                return false;
            }
            var words = TextShape.WordCount(text);
            if (words >= rules.TitleMinWords && words <= rules.TitleMaxWords && char.IsUpper(text[0]))
            {
                return true;
            }
        }
        return false;
    }
}
