using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// How well site chrome was stripped: gold boilerplate lines still present in the cleaned text
/// (as a whole line, or inside a line when long enough to be unambiguous), and gold demand
/// sentences that the cleaning lost (a sentence that is the headline went to metadata, not lost).
/// </summary>
public static class ChromeScorer
{
    private const int SubstringMinimum = 25;

    public static (EquatableArray<string> Remaining, EquatableArray<string> LostSentences) Score(GoldArticle gold, TextLocator locator, string? headline = null)
    {
        var lines = locator.Text.Split('\n').Select(TextLocator.Normalize).ToHashSet(StringComparer.Ordinal);
        var remaining = gold.Metadata.Boilerplate
            .Select(TextLocator.Normalize)
            .Where(line => line.Length > 0 && (lines.Contains(line) || (line.Length >= SubstringMinimum && locator.Contains(line))))
            .ToEquatableArray();
        var lost = gold.Demands.Select(d => d.Sentence).Distinct(StringComparer.Ordinal)
            .Where(sentence => !locator.Contains(sentence) && !Headline.Is(sentence, headline))
            .Select(TextLocator.Normalize)
            .ToEquatableArray();
        return (remaining, lost);
    }
}
