using StaticBriefing.Annotation.Dates.Schema;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>The lexicon's parts of periods and days ("year's end", "the afternoon of") and its timeline layout.</summary>
internal static class TemporalPhraseBuilder
{
    private static readonly HashSet<string> DayParts = ["MO", "AF", "EV", "NI"];

    public static void Add(TemporalLexicon lexicon, TemporalFile data, PhraseIds words, TemporalDataCheck check)
    {
        foreach (var (phrase, mod) in data.OwnPeriodParts)
        {
            var ids = words.Of("own_period_parts", phrase);
            check.That(mod is TimexMod.Start or TimexMod.Mid or TimexMod.End, "own_period_parts", $"'{phrase}' must be START, MID or END", phrase + ":");
            check.That(ids.Count(id => lexicon.Units.TryGetValue(id, out var unit) && unit is { Time: false, Plural: false } && unit.Symbol is "W" or "M" or "Y") == 1,
                "own_period_parts", $"'{phrase}' must name one week, month or year", phrase + ":");
            lexicon.OwnPeriodParts.Add(ids, mod);
        }
        lexicon.CountListJoiners.UnionWith(words.Set("count_list_joiners", data.CountListJoiners));
        lexicon.VagueDurationFollowers.UnionWith(words.Set("vague_duration_followers", data.VagueDurationFollowers));
        foreach (var (phrase, part) in data.DayPartsBeforeDate)
        {
            check.That(DayParts.Contains(part), "day_parts_before_date", $"part '{part}' is not one of MO, AF, EV, NI", phrase + ":");
            lexicon.DayPartsBeforeDate.Add(words.Of("day_parts_before_date", phrase), part);
        }
        check.That(data.HolidayNearestDays is >= -1 and <= 180, "holiday_nearest_days", "must be between -1 (off) and 180", "holiday_nearest_days:");
        lexicon.HolidayNearestDays = data.HolidayNearestDays;
        if (data.Timeline is { } timeline)
        {
            check.That(timeline.MinLines is >= 2 and <= 50, "min_lines", "must be between 2 and 50", "min_lines:");
            lexicon.TimelineSeparators.UnionWith(words.Set("separators", timeline.Separators));
            lexicon.TimelineMinLines = timeline.MinLines;
        }
    }
}
