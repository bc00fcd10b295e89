using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Finds where two sources seem to report the same thing differently: sentences that share most
/// of their content words but give days that do not overlap yet lie within a month of each other
/// (a near miss, not another event), or claims that give other numbers.
/// A heuristic, so pages call these "possible" disagreements and cite both sentences.
/// </summary>
public static class DisagreementFinder
{
    private const double SameThing = 0.5;
    private const int SharedWordsAtLeast = 3;
    private const int NearMissDays = 31;

    /// <summary>Date disagreements with the positions of the two entries in <paramref name="dated"/>.</summary>
    public static IEnumerable<(int First, int Second, Disagreement Found)> Dates(IReadOnlyList<(TimelineMention Mention, DateSpan When, string Sentence)> dated)
    {
        var words = dated.Select(entry => Without(SentenceWords.ContentWords(entry.Sentence), entry.Mention.Text)).ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                var (first, second) = (dated[i], dated[j]);
                if (first.Mention.SourceKey != second.Mention.SourceKey
                    && !first.When.Overlaps(second.When)
                    && Gap(first.When, second.When) <= NearMissDays
                    && Similar(words[i], words[j]))
                {
                    yield return (i, j, new Disagreement("date", first.Mention.Citation, $"{first.Mention.Text} ({first.When.Label})", second.Mention.Citation, $"{second.Mention.Text} ({second.When.Label})"));
                }
            }
        }
    }

    public static IEnumerable<Disagreement> Numbers(IReadOnlyList<IndexedBrief> briefs)
    {
        var claims = briefs
            .SelectMany(brief => brief.Brief.Claims.Select(claim => (Brief: brief, Claim: claim, Numbers: SentenceWords.Numbers(claim.Text))))
            .Where(entry => entry.Numbers.Count > 0)
            .Select(entry => (entry.Brief, entry.Claim, entry.Numbers, Words: SentenceWords.ContentWords(entry.Claim.Text + " " + entry.Brief.SentenceText(entry.Claim.Sentence))))
            .ToList();
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (first, second) = (claims[i], claims[j]);
                if (first.Brief.SourceKey != second.Brief.SourceKey
                    && !first.Numbers.Overlaps(second.Numbers)
                    && Similar(first.Words, second.Words))
                {
                    yield return new Disagreement("number", first.Brief.Cite(first.Claim.Sentence, first.Claim.Text), first.Claim.Text, second.Brief.Cite(second.Claim.Sentence, second.Claim.Text), second.Claim.Text);
                }
            }
        }
    }

    private static int Gap(DateSpan first, DateSpan second) =>
        first.OpenBefore || first.OpenAfter || second.OpenBefore || second.OpenAfter
            ? int.MaxValue
            : Math.Max(second.Start.DayNumber - first.End.DayNumber, first.Start.DayNumber - second.End.DayNumber);

    private static bool Similar(HashSet<string> first, HashSet<string> second) =>
        SentenceWords.Overlap(first, second, out var shared) >= SameThing && shared >= SharedWordsAtLeast;

    /// <summary>The date's own words ("August") say nothing about whether two sentences report the same event.</summary>
    private static HashSet<string> Without(HashSet<string> words, string dateText)
    {
        words.ExceptWith(SentenceWords.ContentWords(dateText.ToLower(CultureInfo.InvariantCulture)));
        return words;
    }
}
