using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// Temporal knowledge from input/temporal.yml, compiled to word ids and phrase tables. Two
/// lexicons are equal when they were parsed from the same file text.
/// </summary>
public sealed record TemporalLexicon
{
    internal TemporalLexicon(DataFile source) => Source = source;

    public DataFile Source { get; }

    internal Vocabulary Words { get; } = new();

    internal Dictionary<int, CalendarName> Months { get; } = [];

    internal HashSet<int> MonthCues { get; } = [];

    internal HashSet<int> AttributiveMonthDeterminers { get; } = [];

    internal HashSet<int> AttributiveMonthStops { get; } = [];

    internal HashSet<int> ContractMonthNouns { get; } = [];

    internal HashSet<int> PresentEraNouns { get; } = [];

    internal PhraseTable<bool> Possessives { get; } = new();

    internal Dictionary<int, CalendarName> Weekdays { get; } = [];

    internal PhraseTable<decimal> NumberWords { get; } = new();

    internal PhraseTable<decimal> Fractions { get; } = new();

    internal Dictionary<int, TemporalUnit> Units { get; } = [];

    internal PhraseTable<bool> VagueQuantities { get; } = new();

    internal HashSet<int> VagueDurationSignals { get; } = [];

    internal PhraseTable<bool> DurationDeterminers { get; } = new();

    internal PhraseTable<bool> AnaphoricPeriods { get; } = new();

    internal PhraseTable<string> YearParts { get; } = new();

    /// <summary>Word id of the letter in "1H28", "3Q27" -> the TIMEX3 code of the part (H or Q).</summary>
    internal Dictionary<int, string> CompactYearParts { get; } = [];

    /// <summary>Per separator character, the orders ("DMY", "MDY", "YMD") a date in digits is tried in.</summary>
    internal Dictionary<char, List<string>> NumericDateOrders { get; } = [];

    internal PhraseTable<TimexMod> PartModifiers { get; } = new();

    internal PhraseTable<TimexMod> Approximators { get; } = new();

    internal PhraseTable<TimexMod> OpenEnds { get; } = new();

    internal PhraseTable<RelativeDay> RelativeDays { get; } = new();

    internal Dictionary<int, string> PartsOfDay { get; } = [];

    internal PhraseTable<int> Shifts { get; } = new();

    internal HashSet<int> AgoWords { get; } = [];

    internal HashSet<int> WeekendWords { get; } = [];

    internal PhraseTable<bool> TensedWeekends { get; } = new();

    internal PhraseTable<LastNamedDayShift> FromLastNamedDay { get; } = new();

    internal Dictionary<int, string> Seasons { get; } = [];

    internal HashSet<int> SeasonCues { get; } = [];

    internal HashSet<int> SeasonArticles { get; } = [];

    internal HashSet<int> AmbiguousSeasons { get; } = [];

    /// <summary>Season code → its last month, for placing a yearless season by tense.</summary>
    internal Dictionary<string, int> SeasonLastMonths { get; } = [];

    internal HashSet<int> DeadlineSignals { get; } = [];

    internal PhraseTable<bool> PeriodPositions { get; } = new();

    internal HashSet<int> OrdinalDayCues { get; } = [];

    internal HashSet<int> OrdinalDayArticles { get; } = [];

    /// <summary>Spelled ordinal days ("sixth", "twenty-first"), read only before "of" and a month.</summary>
    internal PhraseTable<int> OrdinalWords { get; } = new();

    internal PhraseTable<HolidayRule> Holidays { get; } = new();

    /// <summary>Words that mark an Easter as the Orthodox or the Western one, and how far either side of it they are sought.</summary>
    internal Dictionary<int, EasterKind> EasterChurchCues { get; } = [];

    internal int EasterChurchWindow { get; set; }

    /// <summary>How far either side of a shared holiday name ("Independence Day") its owner's cue is sought in the sentence.</summary>
    internal int SharedHolidayWindow { get; set; }

    internal PhraseTable<string> References { get; } = new();

    internal HashSet<int> ReferenceBlockers { get; } = [];

    internal PhraseTable<bool> Exclusions { get; } = new();

    internal HashSet<int> ListJoiners { get; } = [];

    internal HashSet<int> DayMonthLinks { get; } = [];

    internal HashSet<int> IntervalDashes { get; } = [];

    internal HashSet<int> RangeJoiners { get; } = [];

    internal HashSet<int> FutureCues { get; } = [];

    internal HashSet<int> PastCues { get; } = [];

    /// <summary>Present forms of "be": a clause in the present before a date.</summary>
    internal HashSet<int> PresentCues { get; } = [];

    /// <summary>"since": a preposition that puts its date before the reference.</summary>
    internal HashSet<int> PastPrepositions { get; } = [];

    internal List<string> PastSuffixes { get; } = [];

    internal HashSet<int> PerfectAuxiliaries { get; } = [];

    internal HashSet<int> ModalPerfects { get; } = [];

    internal HashSet<int> ScheduledPresent { get; } = [];

    internal HashSet<int> InfinitiveMarkers { get; } = [];

    internal HashSet<int> NotInfinitives { get; } = [];

    internal HashSet<int> ObjectComplementVerbs { get; } = [];

    internal HashSet<int> FrontedObjectVerbs { get; } = [];

    internal HashSet<int> PassiveAuxiliaries { get; } = [];

    internal PhraseTable<TimexMod> OwnPeriodParts { get; } = new();

    internal HashSet<int> VagueDurationFollowers { get; } = [];

    internal HashSet<int> CountListJoiners { get; } = [];

    internal int HolidayNearestDays { get; set; } = -1;

    internal PhraseTable<string> DayPartsBeforeDate { get; } = new();

    internal HashSet<int> TimelineSeparators { get; } = [];

    /// <summary>0 when the data names no timeline: then no line is read as a timeline entry.</summary>
    internal int TimelineMinLines { get; set; }

    internal int TenseWindow { get; set; }

    internal bool DefaultFuture { get; set; }

    internal int EarliestYear { get; set; }

    internal int LatestYear { get; set; }

    internal HashSet<int> NotYearAfter { get; } = [];

    internal HashSet<int> NotYearBefore { get; } = [];

    internal List<string> SignatureDashes { get; } = [];

    internal int EmbeddedMaxLines { get; set; }

    /// <summary>Words that can begin an expression; any other word is skipped at once, which keeps the scan fast.</summary>
    internal bool[] Starters { get; set; } = [];

    internal bool CanStart(int wordId) => wordId >= 0 && wordId < Starters.Length && Starters[wordId];

    /// <summary>Which token may follow a starter for an expression to open there (<see cref="ExpressionOpenings"/>).</summary>
    internal ExpressionOpenings Openings { get; set; } = ExpressionOpenings.Any;

    /// <summary>Parses input/temporal.yml; bad data is a <see cref="DataFileException"/> naming file and line.</summary>
    public static TemporalLexicon Parse(DataFile temporal) => TemporalLexiconBuilder.Build(temporal);

    public bool Equals(TemporalLexicon? other) => other is not null && Source == other.Source;

    public override int GetHashCode() => Source.GetHashCode();
}
