using StaticBriefing.Annotation.Dates.Tokens;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// What may follow a starter word for an expression to open at it. Nine starts in ten fail ("the Kremlin",
/// "Ukraine said", "as well"): a word that opens only phrases of two or more words can open one only
/// before one of their second words, so the scanner skips it elsewhere without running every reader.
/// This mirrors what the readers test at the token they start at: a month, weekday, unit or season opens
/// on its own; a phrase table's phrase needs its second word next; an article ("the") needs a season,
/// an ordinal word or a number next. A reader that comes to test another source at its start must add it here.
/// </summary>
internal sealed class ExpressionOpenings
{
    // Per word id: null when the word may open an expression whatever follows; else the sorted ids that may follow it.
    private readonly int[]?[] followers;
    // Per word id: whether a number may follow it (an article before an ordinal day, "the 5th").
    private readonly bool[] beforeNumber;

    private ExpressionOpenings(int[]?[] followers, bool[] beforeNumber) => (this.followers, this.beforeNumber) = (followers, beforeNumber);

    /// <summary>No word restricted: every starter is tried.</summary>
    public static ExpressionOpenings Any { get; } = new([], []);

    /// <summary>Whether an expression may open at word token <paramref name="i"/>, given the token after it.</summary>
    public bool MayOpen(List<TemporalToken> tokens, int i)
    {
        var id = tokens[i].WordId;
        if ((uint)id >= (uint)followers.Length || followers[id] is not { } next)
        {
            return true;
        }
        if (i + 1 >= tokens.Count)
        {
            return false;
        }
        var following = tokens[i + 1];
        return following.Kind == TokenKind.Number ? beforeNumber[id] : following.WordId >= 0 && next.AsSpan().BinarySearch(following.WordId) >= 0;
    }

    public static ExpressionOpenings Of(TemporalLexicon lexicon)
    {
        var count = lexicon.Words.Count;
        var free = new bool[count];
        var seconds = new SortedSet<int>?[count];
        var beforeNumber = new bool[count];
        void Follow(int first, IEnumerable<int> next) => (seconds[first] ??= []).UnionWith(next);
        foreach (var id in lexicon.Months.Keys.Concat(lexicon.Weekdays.Keys).Concat(lexicon.Units.Keys).Concat(lexicon.Seasons.Keys))
        {
            free[id] = true;
        }
        foreach (var (first, second) in Phrases(lexicon).Where(phrase => phrase.First >= 0))
        {
            if (second is { } id && id >= 0)
            {
                Follow(first, [id]);
            }
            else
            {
                // One word, or a second no word id names (never in the data): it may open before anything.
                free[first] = true;
            }
        }
        foreach (var article in lexicon.SeasonArticles)
        {
            Follow(article, lexicon.Seasons.Keys);
        }
        foreach (var article in lexicon.OrdinalDayArticles)
        {
            Follow(article, lexicon.OrdinalWords.FirstIds);
            beforeNumber[article] = true;
        }
        var followers = new int[]?[count];
        for (var id = 0; id < count; id++)
        {
            followers[id] = free[id] || seconds[id] is null ? null : [.. seconds[id]!];
        }
        return new ExpressionOpenings(followers, beforeNumber);
    }

    /// <summary>Every phrase table a reader matches at the token it starts at.</summary>
    private static IEnumerable<(int First, int? Second)> Phrases(TemporalLexicon x) =>
        [.. x.NumberWords.Openings, .. x.VagueQuantities.Openings, .. x.DurationDeterminers.Openings, .. x.RelativeDays.Openings,
         .. x.Shifts.Openings, .. x.TensedWeekends.Openings, .. x.References.Openings, .. x.FromLastNamedDay.Openings,
         .. x.Holidays.Openings, .. x.OrdinalWords.Openings, .. x.PartModifiers.Openings, .. x.OpenEnds.Openings,
         .. x.Approximators.Openings, .. x.YearParts.Openings, .. x.PeriodPositions.Openings, .. x.OwnPeriodParts.Openings,
         .. x.DayPartsBeforeDate.Openings, .. x.Exclusions.Openings];
}
