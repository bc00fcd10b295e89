using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates.Schema;
using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>Turns the checked YAML shape into the lexicon's word ids and phrase tables.</summary>
internal static class TemporalLexiconBuilder
{
    private static readonly HashSet<string> DateSymbols = ["Y", "M", "W", "D", "DE", "CE"];
    private static readonly HashSet<string> TimeSymbols = ["H", "M", "S"];
    private static readonly HashSet<string> DayParts = ["MO", "AF", "EV", "NI"];
    private static readonly HashSet<string> SeasonCodes = ["SP", "SU", "FA", "WI"];
    private static readonly HashSet<string> YearPartCodes = ["H1", "H2", "Q1", "Q2", "Q3", "Q4"];
    private static readonly HashSet<string> ReferenceValues = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"];

    public static TemporalLexicon Build(DataFile file)
    {
        var data = StrictYaml.Deserialize<TemporalFile>(file.Text, file.Name);
        var check = new TemporalDataCheck(file);
        var lexicon = new TemporalLexicon(file);
        var words = new PhraseIds(lexicon.Words, check);
        AddNames(lexicon.Months, data.Months, 12, "months", words, check, words.Set("ambiguous_months", data.AmbiguousMonths));
        AddNames(lexicon.Weekdays, data.Weekdays, 7, "weekdays", words, check, []);
        lexicon.MonthCues.UnionWith(words.Set("month_cues", data.MonthCues));
        foreach (var (phrase, number) in data.NumberWords)
        {
            check.That(number > 0, "number_words", $"'{phrase}' must be a positive number", phrase + ":");
            lexicon.NumberWords.Add(words.Of("number_words", phrase), number);
        }
        foreach (var (phrase, fraction) in data.Fractions)
        {
            check.That(fraction is > 0 and < 1, "fractions", $"'{phrase}' must be between 0 and 1", phrase + ":");
            lexicon.Fractions.Add(words.Of("fractions", phrase), fraction);
        }
        AddUnits(lexicon, data.Units, words, check);
        AddAll(lexicon.VagueQuantities, data.VagueQuantities, "vague_quantities", words);
        AddAll(lexicon.DurationDeterminers, data.DurationDeterminers, "duration_determiners", words);
        foreach (var phrase in data.AnaphoricPeriods)
        {
            var ids = words.Of("anaphoric_periods", phrase);
            var unit = lexicon.Units.GetValueOrDefault(ids[^1]);
            check.That(unit is { Time: false, Plural: false } && unit.Symbol is "D" or "W" or "M" or "Y", "anaphoric_periods", $"'{phrase}' must end in a day, week, month or year unit", phrase);
            lexicon.AnaphoricPeriods.Add(ids, true);
        }
        foreach (var (phrase, code) in data.YearParts)
        {
            check.That(YearPartCodes.Contains(code), "year_parts", $"'{code}' is not one of {string.Join(", ", YearPartCodes)}", phrase + ":");
            lexicon.YearParts.Add(words.Of("year_parts", phrase), code);
        }
        foreach (var (letter, code) in data.CompactYearParts)
        {
            var ids = words.Of("compact_year_parts", letter);
            check.That(code is "H" or "Q" && ids.Length == 1, "compact_year_parts", $"'{letter}: {code}' must be one letter and H or Q", letter + ":");
            lexicon.CompactYearParts[ids[0]] = code;
        }
        AddNumericDates(lexicon, data.NumericDates, check);
        lexicon.VagueDurationSignals.UnionWith(words.Set("vague_duration_signals", data.VagueDurationSignals));
        AddMods(lexicon.PartModifiers, data.PartModifiers, "part_modifiers", [TimexMod.Start, TimexMod.Mid, TimexMod.End], words, check);
        AddMods(lexicon.Approximators, data.Approximators, "approximators", [TimexMod.Approx], words, check);
        AddMods(lexicon.OpenEnds, data.OpenEnds, "open_ends", [TimexMod.After, TimexMod.Before], words, check);
        foreach (var (phrase, day) in data.RelativeDays)
        {
            check.That(day.Part is null || DayParts.Contains(day.Part), "relative_days", $"part '{day.Part}' is not one of MO, AF, EV, NI", phrase + ":");
            lexicon.RelativeDays.Add(words.Of("relative_days", phrase), new RelativeDay(day.Offset, day.Part));
        }
        AddCodes(lexicon.PartsOfDay, data.PartsOfDay, "parts_of_day", DayParts, words, check);
        foreach (var (phrase, shift) in data.Shifts)
        {
            lexicon.Shifts.Add(words.Of("shifts", phrase), shift);
        }
        lexicon.AgoWords.UnionWith(words.Set("ago_words", data.AgoWords));
        lexicon.WeekendWords.UnionWith(words.Set("weekend_words", data.WeekendWords));
        AddAll(lexicon.TensedWeekends, data.TensedWeekends, "tensed_weekends", words);
        foreach (var (phrase, shift) in data.FromLastNamedDay)
        {
            var known = Enum.TryParse<LastNamedDayUnit>(shift.Unit, ignoreCase: true, out var unit) && !int.TryParse(shift.Unit, out _);
            check.That(known, "from_last_named_day", $"unit '{shift.Unit}' is not day, week or month", phrase + ":");
            check.That(shift.Part is null || (DayParts.Contains(shift.Part) && unit == LastNamedDayUnit.Day), "from_last_named_day", $"part '{shift.Part}' is not one of MO, AF, EV, NI on a day", phrase + ":");
            lexicon.FromLastNamedDay.Add(words.Of("from_last_named_day", phrase), new LastNamedDayShift(shift.Offset, unit, shift.Part));
        }
        AddCodes(lexicon.Seasons, data.Seasons, "seasons", SeasonCodes, words, check);
        lexicon.SeasonCues.UnionWith(words.Set("season_cues", data.SeasonCues));
        foreach (var (phrase, value) in data.References)
        {
            check.That(ReferenceValues.Contains(value), "references", $"'{value}' is not PRESENT_REF, PAST_REF or FUTURE_REF", phrase + ":");
            lexicon.References.Add(words.Of("references", phrase), value);
        }
        lexicon.ReferenceBlockers.UnionWith(words.Set("reference_blockers", data.ReferenceBlockers));
        AddAll(lexicon.Exclusions, data.Exclusions, "exclusions", words);
        lexicon.ListJoiners.UnionWith(words.Set("list_joiners", data.ListJoiners));
        lexicon.DayMonthLinks.UnionWith(words.Set("day_month_links", data.DayMonthLinks));
        lexicon.IntervalDashes.UnionWith(words.Set("interval_dashes", data.IntervalDashes));
        lexicon.RangeJoiners.UnionWith(words.Set("range_joiners", data.RangeJoiners));
        TemporalCueBuilder.AddTense(lexicon, data.Tense, words, check);
        TemporalCueBuilder.AddYears(lexicon, data.Years, words, check);
        TemporalCalendarBuilder.Add(lexicon, data, words, check);
        TemporalPhraseBuilder.Add(lexicon, data, words, check);
        TemporalContextBuilder.Add(lexicon, data, words);
        check.That(data.Embedded.MaxLines is > 0 and <= 100, "max_lines", "must be between 1 and 100", "max_lines");
        lexicon.SignatureDashes.AddRange(data.Embedded.SignatureDashes.Where(d => d.Length > 0));
        lexicon.EmbeddedMaxLines = data.Embedded.MaxLines;
        lexicon.Starters = TemporalCueBuilder.Starters(lexicon);
        lexicon.Openings = ExpressionOpenings.Of(lexicon);
        return lexicon;
    }

    private static void AddNames(Dictionary<int, CalendarName> names, List<NamedNumberEntry> entries, int count, string field, PhraseIds words, TemporalDataCheck check, HashSet<int> ambiguous)
    {
        var seen = new HashSet<int>();
        foreach (var entry in entries)
        {
            check.That(entry.Number >= 1 && entry.Number <= count && seen.Add(entry.Number), field, $"number {entry.Number} must be unique and between 1 and {count}", $"number: {entry.Number}");
            foreach (var name in entry.Names)
            {
                var id = words.Word(field, name);
                names[id] = new CalendarName(entry.Number, false, ambiguous.Contains(id));
            }
            foreach (var name in entry.Abbreviations)
            {
                names[words.Word(field, name)] = new CalendarName(entry.Number, true, true);
            }
        }
        check.That(seen.Count == count, field, $"expected all {count} entries, found {seen.Count}", field + ":");
    }

    private static void AddUnits(TemporalLexicon lexicon, List<UnitEntry> units, PhraseIds words, TemporalDataCheck check)
    {
        foreach (var unit in units)
        {
            var symbols = unit.Time ? TimeSymbols : DateSymbols;
            check.That(symbols.Contains(unit.Symbol), "symbol", $"'{unit.Symbol}' is not a TIMEX3 {(unit.Time ? "time" : "date")} unit", $"symbol: {unit.Symbol}");
            check.That(unit.Per > 0, "per", "must be positive", $"symbol: {unit.Symbol}");
            foreach (var name in unit.Names)
            {
                var plural = name.Length > 2 && name.EndsWith('s');
                lexicon.Units[words.Word("units", name)] = new TemporalUnit(unit.Symbol, unit.Time, plural, unit.Subunit, unit.Per);
            }
        }
    }

    private static void AddMods(PhraseTable<TimexMod> table, Dictionary<string, TimexMod> entries, string field, TimexMod[] allowed, PhraseIds words, TemporalDataCheck check)
    {
        foreach (var (phrase, mod) in entries)
        {
            check.That(allowed.Contains(mod), field, $"'{phrase}' must be one of {string.Join(", ", allowed).ToUpperInvariant()}", phrase + ":");
            table.Add(words.Of(field, phrase), mod);
        }
    }

    private static void AddCodes(Dictionary<int, string> table, Dictionary<string, string> entries, string field, HashSet<string> allowed, PhraseIds words, TemporalDataCheck check)
    {
        foreach (var (word, code) in entries)
        {
            check.That(allowed.Contains(code), field, $"'{code}' is not one of {string.Join(", ", allowed)}", word + ":");
            table[words.Word(field, word)] = code;
        }
    }

    private static void AddAll(PhraseTable<bool> table, List<string> phrases, string field, PhraseIds words)
    {
        foreach (var phrase in phrases)
        {
            table.Add(words.Of(field, phrase), true);
        }
    }

    private static void AddNumericDates(TemporalLexicon lexicon, List<NumericDateEntry> entries, TemporalDataCheck check)
    {
        foreach (var entry in entries)
        {
            check.That(entry.Separator is "." or "/" or "-", "numeric_dates", $"separator '{entry.Separator}' is not one of . / -", "separator:");
            check.That(!lexicon.NumericDateOrders.ContainsKey(entry.Separator[0]), "numeric_dates", $"separator '{entry.Separator}' is listed twice", "separator:");
            check.That(entry.Orders.Count > 0 && entry.Orders.All(o => o is "DMY" or "MDY" or "YMD"), "numeric_dates", "orders must be DMY, MDY or YMD", "orders:");
            lexicon.NumericDateOrders[entry.Separator[0]] = [.. entry.Orders];
        }
    }
}
