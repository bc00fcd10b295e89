using System.Runtime.InteropServices;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// One left-to-right pass over a sentence's tokens. At each token the longest expression wins:
/// an optional open end ("since", "post-") or approximator ("almost"), an optional part modifier
/// ("early", "the end of", "mid-"), then a calendar, relative or duration expression. Day lists
/// ("May 16 and 17", "24 and 25 July") share their month. Exclusions ("as soon as possible") are skipped.
/// </summary>
internal sealed class TemporalScanner
{
    private readonly ScanContext scan;
    private readonly CalendarReader calendar;
    private readonly RelativeReader relative;
    private readonly DurationReader durations;
    private readonly DayListReader lists;
    private readonly ShiftResolver shifts;
    private readonly SeasonReader seasons;
    private readonly HolidayReader holidays;
    private readonly OrdinalDayReader ordinalDays;
    private readonly CompactYearPartReader compactParts;
    private readonly List<TemporalMatch> matches = [];

    public TemporalScanner(ScanContext scan)
    {
        this.scan = scan;
        shifts = new ShiftResolver(scan);
        var tense = new TenseDirection(scan);
        calendar = new CalendarReader(scan, tense);
        relative = new RelativeReader(scan, tense, shifts);
        durations = new DurationReader(scan);
        lists = new DayListReader(scan, calendar);
        seasons = new SeasonReader(scan, tense);
        holidays = new HolidayReader(scan, tense);
        ordinalDays = new OrdinalDayReader(scan, tense);
        compactParts = new CompactYearPartReader(scan);
    }

    public ScanContext Context => scan;

    /// <summary>
    /// The expressions of the loaded tokens, in order; only those starting by token <paramref name="lastStart"/>.
    /// The list is the scanner's own, refilled by the next scan (a fresh one per sentence was the tagger's second allocation).
    /// </summary>
    public List<TemporalMatch> Scan(int lastStart = int.MaxValue)
    {
        var found = matches;
        found.Clear();
        var i = 0;
        while (i < scan.Count && i <= lastStart)
        {
            var token = scan.Tokens[i];
            if (token.Kind == Tokens.TokenKind.Symbol
                || (token.Kind == Tokens.TokenKind.Word && (!scan.Lexicon.CanStart(token.WordId) || !scan.Lexicon.Openings.MayOpen(scan.Tokens, i))))
            {
                i++;
                continue;
            }
            if (lists.Leading(i) is { Count: > 0 } leading)
            {
                found.AddRange(leading);
                LastNamedDays.Remember(scan, CollectionsMarshal.AsSpan(leading));
                i = leading[^1].End;
                continue;
            }
            var best = Expression(i);
            var skip = scan.Lexicon.Exclusions.Match(scan.Tokens, i, scan.Count, out _);
            if (skip > 0 && skip >= (best?.Length ?? 0))
            {
                i += skip;
                continue;
            }
            if (best is not { } match)
            {
                i++;
                continue;
            }
            var first = found.Count;
            found.Add(match);
            var following = lists.Following(match);
            found.AddRange(following);
            LastNamedDays.Remember(scan, CollectionsMarshal.AsSpan(found)[first..]);
            i = following.Count > 0 ? following[^1].End : match.End;
        }
        RangeEnd.Roll(scan, found);
        return found;
    }

    private TemporalMatch? Expression(int i)
    {
        var plain = Modified(i, cued: false);
        var open = Prefixed(i, scan.Lexicon.OpenEnds, allowDuration: false);
        var approximate = Prefixed(i, scan.Lexicon.Approximators, allowDuration: true);
        return TemporalMatch.Longest(plain, open, approximate, YearPart(i), Positioned(i), shifts.OwnPeriodPart(i), DayPartOf(i));
    }

    /// <summary>"the afternoon of 29 December" = 2025-12-29TAF: a part of day before a single named day.</summary>
    private TemporalMatch? DayPartOf(int i)
    {
        var length = scan.Lexicon.DayPartsBeforeDate.Match(scan.Tokens, i, scan.Count, out var part);
        return length > 0 && Core(i + length, cued: true) is { Type: TimexType.Date, Mod: TimexMod.None } day && day.Value.Length == 10 && day.Value[4] == '-'
            ? day with { First = i, Value = day.Value + "T" + part }
            : null;
    }

    /// <summary>"earlier this week", "later this month", "earlier in the week": the position words join the extent; the value is the period's.</summary>
    private TemporalMatch? Positioned(int i)
    {
        var length = scan.Lexicon.PeriodPositions.Match(scan.Tokens, i, scan.Count, out _);
        return length > 0 && (relative.Read(i + length) ?? shifts.Anaphoric(i + length)) is { Type: TimexType.Date } inner && !inner.Value.EndsWith("_REF", StringComparison.Ordinal)
            ? inner with { First = i }
            : null;
    }

    /// <summary>"the first half of 2025" = 2025-H1, "the third quarter of next year" = 2026-Q3.</summary>
    private TemporalMatch? YearPart(int i)
    {
        var length = scan.Lexicon.YearParts.Match(scan.Tokens, i, scan.Count, out var code);
        if (length == 0 || Core(i + length, cued: true) is not { Type: TimexType.Date } year || year.Value.Length != 4 || !year.Value.All(char.IsAsciiDigit))
        {
            return null;
        }
        return year with { First = i, Value = year.Value + "-" + code };
    }

    private TemporalMatch? Prefixed(int i, Tokens.PhraseTable<TimexMod> table, bool allowDuration)
    {
        var length = table.Match(scan.Tokens, i, scan.Count, out var mod);
        if (length == 0)
        {
            return null;
        }
        var j = i + length + (scan.IsSymbol(i + length, '-') && scan.Glued(i + length) ? 1 : 0);
        var inner = Modified(j, cued: true);
        if (inner is not { } found || (found.Type == TimexType.Duration && !allowDuration) || (allowDuration && found.Mod != TimexMod.None))
        {
            return null;
        }
        return found with { First = i, Mod = mod };
    }

    private TemporalMatch? Modified(int i, bool cued)
    {
        var core = Core(i, cued);
        var length = scan.Lexicon.PartModifiers.Match(scan.Tokens, i, scan.Count, out var mod);
        if (length > 0)
        {
            var j = i + length + (scan.IsSymbol(i + length, '-') && scan.Glued(i + length) ? 1 : 0);
            if ((Core(j, cued: true) ?? shifts.Anaphoric(j)) is { Type: TimexType.Date } inner && !inner.Value.EndsWith("_REF", StringComparison.Ordinal))
            {
                var modified = inner with { First = i, Mod = mod };
                return TemporalMatch.Longest(modified, core);
            }
        }
        return core;
    }

    private TemporalMatch? Core(int i, bool cued) =>
        i >= scan.Count ? null : TemporalMatch.Longest(calendar.Read(i, cued), relative.Read(i), durations.Read(i), seasons.Read(i), holidays.Read(i), ordinalDays.Read(i), compactParts.Read(i));
}
