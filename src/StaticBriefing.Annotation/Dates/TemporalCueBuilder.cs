using StaticBriefing.Annotation.Dates.Schema;

namespace StaticBriefing.Annotation.Dates;

/// <summary>The lexicon's tense cues, year rules and the table of words that can start an expression.</summary>
internal static class TemporalCueBuilder
{
    public static bool[] Starters(TemporalLexicon lexicon)
    {
        var starters = new bool[lexicon.Words.Count];
        IEnumerable<int> ids = [
            .. lexicon.Months.Keys, .. lexicon.Weekdays.Keys, .. lexicon.Units.Keys, .. lexicon.Seasons.Keys,
            .. lexicon.NumberWords.FirstIds, .. lexicon.VagueQuantities.FirstIds, .. lexicon.PartModifiers.FirstIds,
            .. lexicon.Approximators.FirstIds, .. lexicon.OpenEnds.FirstIds, .. lexicon.RelativeDays.FirstIds,
            .. lexicon.Shifts.FirstIds, .. lexicon.References.FirstIds, .. lexicon.Exclusions.FirstIds,
            .. lexicon.DurationDeterminers.FirstIds, .. lexicon.YearParts.FirstIds, .. lexicon.TensedWeekends.FirstIds, .. lexicon.FromLastNamedDay.FirstIds,
            .. lexicon.SeasonArticles, .. lexicon.PeriodPositions.FirstIds, .. lexicon.OrdinalDayArticles, .. lexicon.Holidays.FirstIds,
            .. lexicon.OwnPeriodParts.FirstIds, .. lexicon.DayPartsBeforeDate.FirstIds];
        foreach (var id in ids)
        {
            starters[id] = true;
        }
        return starters;
    }

    public static void AddTense(TemporalLexicon lexicon, TenseEntry tense, PhraseIds words, TemporalDataCheck check)
    {
        lexicon.FutureCues.UnionWith(words.Set("future", tense.Future));
        lexicon.PastCues.UnionWith(words.Set("past", tense.Past));
        lexicon.PastSuffixes.AddRange(tense.PastSuffixes.Where(s => s.Length > 0));
        lexicon.PerfectAuxiliaries.UnionWith(words.Set("perfect_auxiliaries", tense.PerfectAuxiliaries));
        lexicon.ModalPerfects.UnionWith(words.Set("modal_perfects", tense.ModalPerfects));
        lexicon.ScheduledPresent.UnionWith(words.Set("scheduled_present", tense.ScheduledPresent));
        lexicon.InfinitiveMarkers.UnionWith(words.Set("infinitive_markers", tense.InfinitiveMarkers));
        lexicon.NotInfinitives.UnionWith(words.Set("not_infinitives", tense.NotInfinitives));
        lexicon.ObjectComplementVerbs.UnionWith(words.Set("object_complement_verbs", tense.ObjectComplementVerbs));
        lexicon.FrontedObjectVerbs.UnionWith(words.Set("fronted_object_verbs", tense.FrontedObjectVerbs));
        lexicon.PassiveAuxiliaries.UnionWith(words.Set("passive_auxiliaries", tense.PassiveAuxiliaries));
        lexicon.PresentCues.UnionWith(words.Set("present", tense.Present));
        lexicon.PastPrepositions.UnionWith(words.Set("past_prepositions", tense.PastPrepositions));
        check.That(tense.Window is > 0 and <= 50, "window", "must be between 1 and 50", "window:");
        check.That(tense.DefaultDirection is "past" or "future", "default_direction", $"'{tense.DefaultDirection}' is not past or future", "default_direction:");
        lexicon.TenseWindow = tense.Window;
        lexicon.DefaultFuture = tense.DefaultDirection == "future";
    }

    public static void AddYears(TemporalLexicon lexicon, YearEntry years, PhraseIds words, TemporalDataCheck check)
    {
        check.That(years.Earliest >= 1000 && years.Earliest < years.Latest && years.Latest <= 9999, "years", "earliest and latest must be four-digit years, earliest first", "earliest:");
        lexicon.EarliestYear = years.Earliest;
        lexicon.LatestYear = years.Latest;
        lexicon.NotYearAfter.UnionWith(words.Set("not_after", years.NotAfter));
        lexicon.NotYearBefore.UnionWith(words.Set("not_before", years.NotBefore));
    }
}
