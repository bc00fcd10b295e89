using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Seasons: "the summer of 2022", "spring 2024", "in the spring", "during winter". The article is kept
/// in the extent; a season without a year falls in the year the tense implies ("will resume in the spring").
/// </summary>
internal sealed class SeasonReader(ScanContext scan, TenseDirection tense)
{
    public TemporalMatch? Read(int i)
    {
        var article = scan.In(i, scan.Lexicon.SeasonArticles);
        var k = i + (article ? 1 : 0);
        if (k >= scan.Count || !scan.Lexicon.Seasons.TryGetValue(scan.Tokens[k].WordId, out var code))
        {
            return null;
        }
        var ofYear = scan.In(k + 1, scan.Lexicon.DayMonthLinks) ? scan.Year(k + 2) : null;
        if ((ofYear ?? scan.Year(k + 1)) is { } year)
        {
            return new TemporalMatch(i, k + (ofYear is null ? 2 : 3), TimexType.Date, TimexFormat.Season(year, code), TimexMod.None);
        }
        // "Arab Spring" is a name; "the spring of discontent" is no date; a bare season needs a cue before it.
        var capitalizedName = scan.Tokens[k].Capitalized && k > 0 && scan.Tokens[k - 1].Capitalized && !article;
        // After an article the reading that starts at the article decides ("the fall in prices" is no season).
        var cued = article
            ? scan.In(i - 1, scan.Lexicon.SeasonCues) || !scan.Lexicon.AmbiguousSeasons.Contains(scan.Tokens[k].WordId)
            : scan.In(i - 1, scan.Lexicon.SeasonCues) && !scan.In(i - 1, scan.Lexicon.SeasonArticles);
        if (capitalizedName || !cued || scan.In(k + 1, scan.Lexicon.DayMonthLinks))
        {
            return null;
        }
        var reference = scan.ReferenceAt(i);
        var lastMonth = scan.Lexicon.SeasonLastMonths[code];
        // "wants a deal by the summer": a deadline lies ahead whatever the tense before it, unless the
        // clause after it looks back ("By the summer, the army had lost …").
        var seasonYear = scan.In(i - 1, scan.Lexicon.DeadlineSignals) && reference.Month is { } current && !(OpensClause(i - 1) && tense.PastAfter(k))
            ? (lastMonth >= current ? reference.Year : reference.Year + 1)
            : tense.YearOf(k, lastMonth, reference, (lastMonth + 9) % 12 + 1);
        var value = TimexFormat.Season(seasonYear, code);
        return new TemporalMatch(i, k + 1, TimexType.Date, value, TimexMod.None);
    }

    /// <summary>A fronted deadline ("By the summer, …") opens its sentence or follows a comma; "home by spring" does not.</summary>
    private bool OpensClause(int signal) => signal <= 0 || scan.IsSymbol(signal - 1, ',') || scan.IsSymbol(signal - 1, '.');
}
