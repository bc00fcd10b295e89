using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>The shape of input/temporal.yml; every key is required so a typo is an error, not a silent gap.</summary>
public sealed class TemporalFile
{
    public required List<NamedNumberEntry> Months { get; init; }

    public required List<string> AmbiguousMonths { get; init; }

    public required List<string> MonthCues { get; init; }

    public required List<NamedNumberEntry> Weekdays { get; init; }

    public required Dictionary<string, decimal> NumberWords { get; init; }

    public required Dictionary<string, decimal> Fractions { get; init; }

    public required List<UnitEntry> Units { get; init; }

    public required List<string> VagueQuantities { get; init; }

    public required List<string> DurationDeterminers { get; init; }

    public required List<string> VagueDurationSignals { get; init; }

    public required Dictionary<string, TimexMod> PartModifiers { get; init; }

    public required Dictionary<string, TimexMod> Approximators { get; init; }

    public required Dictionary<string, TimexMod> OpenEnds { get; init; }

    public required List<string> AnaphoricPeriods { get; init; }

    public required Dictionary<string, string> YearParts { get; init; }

    /// <summary>Optional: the letter of a financial half-year or quarter written between its number and a two-digit year ("1H28", "3Q27"), and its TIMEX3 code (H, Q).</summary>
    public Dictionary<string, string> CompactYearParts { get; init; } = [];

    public required Dictionary<string, RelativeDayEntry> RelativeDays { get; init; }

    public required Dictionary<string, string> PartsOfDay { get; init; }

    public required Dictionary<string, int> Shifts { get; init; }

    public required List<string> AgoWords { get; init; }

    public required List<string> WeekendWords { get; init; }

    public required List<string> TensedWeekends { get; init; }

    /// <summary>Optional: phrases counted from the day last named ("the same day", "the day before", "the following week").</summary>
    public Dictionary<string, LastNamedDayEntry> FromLastNamedDay { get; init; } = [];

    public required Dictionary<string, string> Seasons { get; init; }

    public required List<string> SeasonCues { get; init; }

    public required List<string> SeasonArticles { get; init; }

    public required List<string> AmbiguousSeasons { get; init; }

    public required Dictionary<string, int> SeasonLastMonths { get; init; }

    public required Dictionary<string, string> References { get; init; }

    public required List<string> ReferenceBlockers { get; init; }

    public required List<string> Exclusions { get; init; }

    public required List<string> ListJoiners { get; init; }

    public required List<string> DayMonthLinks { get; init; }

    public required List<NumericDateEntry> NumericDates { get; init; }

    public required List<string> IntervalDashes { get; init; }

    /// <summary>Words joining the start and end of a range of days ("from 24 December to 7 January").</summary>
    public List<string> RangeJoiners { get; init; } = [];

    public required TenseEntry Tense { get; init; }

    public required List<string> DeadlineSignals { get; init; }

    public required List<string> PeriodPositions { get; init; }

    public required List<string> OrdinalDayCues { get; init; }

    public required List<string> OrdinalDayArticles { get; init; }

    public required List<HolidayEntry> Holidays { get; init; }

    public required YearEntry Years { get; init; }

    public required EmbeddedEntry Embedded { get; init; }

    /// <summary>Optional: a holiday without a year this close to the reference (in days) is its nearest occurrence, whatever the tense; -1 turns it off.</summary>
    public int HolidayNearestDays { get; init; } = -1;

    /// <summary>Optional: words between counts that share a unit ("30, 40 or 50 years").</summary>
    public List<string> CountListJoiners { get; init; } = [];

    /// <summary>Optional: words after a bare plural unit that make it a vague duration ("Hours later", "days after the call").</summary>
    public List<string> VagueDurationFollowers { get; init; } = [];

    /// <summary>Optional: the reference's own period named by a part of it, without "the … of": "year's end" = this year, END.</summary>
    public Dictionary<string, TimexMod> OwnPeriodParts { get; init; } = [];

    /// <summary>Optional: a part of day before a named day: "the afternoon of 29 December" = 2025-12-29TAF.</summary>
    public Dictionary<string, string> DayPartsBeforeDate { get; init; } = [];

    /// <summary>Optional: before an ambiguous month these make it a month used as a modifier ("a March version").</summary>
    public List<string> AttributiveMonthDeterminers { get; init; } = [];

    /// <summary>Optional: words after such a month that show a name instead ("the March on the capital").</summary>
    public List<string> AttributiveMonthStops { get; init; } = [];

    /// <summary>Optional: nouns after a month that make it a contract month, which lies ahead ("wheat for April loading").</summary>
    public List<string> ContractMonthNouns { get; init; } = [];

    /// <summary>Optional: nouns after "today's" that make it the present, not the day ("today's realities").</summary>
    public List<string> PresentEraNouns { get; init; } = [];

    /// <summary>Optional: possessive endings ("'s", "’s").</summary>
    public List<string> Possessives { get; init; } = [];

    /// <summary>Optional: the cue words that choose the Orthodox or the Western date of an Easter holiday marked by_context.</summary>
    public EasterChurchesEntry? EasterChurches { get; init; }

    /// <summary>Optional: spelled ordinal days before "of" and a month ("the sixth of September").</summary>
    public Dictionary<string, int> OrdinalWords { get; init; } = [];

    /// <summary>Optional: holiday names several countries keep on different dates, with each owner's cue words.</summary>
    public SharedHolidaysEntry? SharedHolidays { get; init; }

    /// <summary>Optional: how a dated timeline (lines that each open with a date) is recognised.</summary>
    public TimelineEntry? Timeline { get; init; }
}
