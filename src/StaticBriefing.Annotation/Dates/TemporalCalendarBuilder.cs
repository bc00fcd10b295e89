using StaticBriefing.Annotation.Dates.Schema;

namespace StaticBriefing.Annotation.Dates;

/// <summary>The lexicon's seasons-by-tense, deadline, position and ordinal-day cues, and the holiday rules.</summary>
internal static class TemporalCalendarBuilder
{
    public static void Add(TemporalLexicon lexicon, TemporalFile data, PhraseIds words, TemporalDataCheck check)
    {
        lexicon.SeasonArticles.UnionWith(words.Set("season_articles", data.SeasonArticles));
        lexicon.AmbiguousSeasons.UnionWith(words.Set("ambiguous_seasons", data.AmbiguousSeasons));
        check.That(lexicon.AmbiguousSeasons.All(lexicon.Seasons.ContainsKey), "ambiguous_seasons", "lists a word that is not in seasons", "ambiguous_seasons:");
        foreach (var code in lexicon.Seasons.Values.Distinct())
        {
            check.That(data.SeasonLastMonths.TryGetValue(code, out var month) && month is >= 1 and <= 12, "season_last_months", $"needs a month 1-12 for season {code}", "season_last_months:");
            lexicon.SeasonLastMonths[code] = data.SeasonLastMonths[code];
        }
        lexicon.DeadlineSignals.UnionWith(words.Set("deadline_signals", data.DeadlineSignals));
        foreach (var phrase in data.PeriodPositions)
        {
            lexicon.PeriodPositions.Add(words.Of("period_positions", phrase), true);
        }
        lexicon.OrdinalDayCues.UnionWith(words.Set("ordinal_day_cues", data.OrdinalDayCues));
        lexicon.OrdinalDayArticles.UnionWith(words.Set("ordinal_day_articles", data.OrdinalDayArticles));
        foreach (var (word, day) in data.OrdinalWords)
        {
            check.That(day is >= 1 and <= 31, "ordinal_words", $"'{word}' must be a day between 1 and 31", word);
            lexicon.OrdinalWords.Add(words.Of("ordinal_words", word), day);
        }
        if (data.EasterChurches is { } churches)
        {
            check.That(churches.Window is > 0 and <= 100, "easter_churches", "window must be between 1 and 100 tokens", "window:");
            foreach (var id in words.Set("orthodox", churches.Orthodox))
            {
                lexicon.EasterChurchCues[id] = EasterKind.Orthodox;
            }
            foreach (var id in words.Set("western", churches.Western))
            {
                check.That(lexicon.EasterChurchCues.TryAdd(id, EasterKind.Western), "easter_churches", "a word is listed for both churches", "western:");
            }
            lexicon.EasterChurchWindow = churches.Window;
        }
        foreach (var holiday in data.Holidays)
        {
            var rule = Rule(holiday, check);
            foreach (var name in holiday.Names)
            {
                lexicon.Holidays.Add(words.Of("holidays", name), rule);
            }
        }
        if (data.SharedHolidays is { } shared)
        {
            AddShared(lexicon, shared, words, check);
        }
    }

    private static void AddShared(TemporalLexicon lexicon, SharedHolidaysEntry shared, PhraseIds words, TemporalDataCheck check)
    {
        check.That(shared.Window is > 0 and <= 100, "shared_holidays", "window must be between 1 and 100 tokens", "window:");
        lexicon.SharedHolidayWindow = shared.Window;
        foreach (var day in shared.Days)
        {
            check.That(day.Owners.Count > 1, "shared_holidays", "a shared holiday needs at least two owners", day.Names.FirstOrDefault() ?? "days:");
            var owners = day.Owners.Select(o => new HolidayOwner(words.Set("cues", o.Cues),
                Rule(new HolidayEntry { Names = day.Names, Month = o.Month, Day = o.Day, Weekday = o.Weekday, Nth = o.Nth }, check))).ToList();
            var rule = new HolidayRule(0, 0, 0, 0, EasterKind.None, 0) { Owners = owners };
            foreach (var name in day.Names)
            {
                lexicon.Holidays.Add(words.Of("shared_holidays", name), rule);
            }
        }
    }

    private static HolidayRule Rule(HolidayEntry entry, TemporalDataCheck check)
    {
        var near = entry.Names.FirstOrDefault() ?? "holidays:";
        check.That(entry.Names.Count > 0, "holidays", "a holiday needs at least one name", near);
        if (entry.Easter is { } easter)
        {
            check.That(easter is "western" or "orthodox" or "by_context", "easter", $"'{easter}' is not western, orthodox or by_context", near);
            check.That(entry.Month is null && entry.Day is null && entry.Weekday is null && entry.Nth is null, "holidays", "an Easter holiday takes only an offset", near);
            check.That(entry.Offset is >= -60 and <= 60, "offset", "must be between -60 and 60 days", near);
            var kind = easter switch { "western" => EasterKind.Western, "orthodox" => EasterKind.Orthodox, _ => EasterKind.ByContext };
            return new HolidayRule(0, 0, 0, 0, kind, entry.Offset);
        }
        check.That(entry.Month is >= 1 and <= 12, "month", "needs a month between 1 and 12", near);
        check.That(entry.Offset == 0, "offset", "only Easter holidays take an offset", near);
        var month = entry.Month!.Value;
        if (entry.Weekday is { } weekday)
        {
            check.That(weekday is >= 1 and <= 7 && entry.Nth is >= -4 and <= 4 and not 0 && entry.Day is null, "holidays", "a weekday rule needs weekday 1-7 and nth 1-4 or -1..-4, and no day", near);
            return new HolidayRule(month, 0, weekday, entry.Nth!.Value, EasterKind.None, 0);
        }
        check.That(entry.Day is { } day && day >= 1 && day <= DateTime.DaysInMonth(2023, month) && entry.Nth is null, "day", "needs a day that every year has (no February 29)", near);
        return new HolidayRule(month, entry.Day!.Value, 0, 0, EasterKind.None, 0);
    }
}
