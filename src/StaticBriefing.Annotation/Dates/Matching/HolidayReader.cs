using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Named days from the data: "Christmas", "Christmas 2024", "last Easter", "by Thanksgiving", "Easter weekend". The year
/// comes from the text, a shift word, a deadline signal (ahead), the nearest occurrence when it lies within
/// the data's few weeks of the reference, an explicit tense word, or else the occurrence nearest the reference.
/// </summary>
internal sealed class HolidayReader(ScanContext scan, TenseDirection tense)
{
    private readonly HolidayOwnerReader owners = new(scan);

    public TemporalMatch? Read(int i)
    {
        var shiftLength = scan.Lexicon.Shifts.Match(scan.Tokens, i, scan.Count, out var shift);
        var j = i + shiftLength;
        if (j >= scan.Count || !scan.Tokens[j].Capitalized)
        {
            return null;
        }
        var length = scan.Lexicon.Holidays.Match(scan.Tokens, j, scan.Count, out var rule);
        if (length == 0)
        {
            return null;
        }
        var end = j + length;
        if (rule.Owners is { } shared)
        {
            if (owners.Pick(shared, j, end) is not { } owned)
            {
                return null; // no country named: whose day it is stays open
            }
            rule = owned;
        }
        if (rule.Easter == EasterKind.ByContext)
        {
            rule = rule with { Easter = ChurchNear(j, end) };
        }
        // Part of a longer name: "Christmas Island", "Easter Island"; not in a line of capitals ("AN EASTER TRUCE").
        if (end < scan.Count && scan.Tokens[end].IsWord && scan.Tokens[end].Capitalized && !(AllCaps(j) && AllCaps(end)))
        {
            return null;
        }
        var reference = scan.ReferenceAt(i);
        int year;
        if (shiftLength == 0 && scan.Year(end) is { } written)
        {
            year = written;
            end++;
        }
        else
        {
            year = YearOf(i, shiftLength > 0 ? shift : null, rule, reference);
        }
        // "Easter weekend": the weekend of the holiday's ISO week.
        return scan.In(end, scan.Lexicon.WeekendWords)
            ? new TemporalMatch(i, end + 1, TimexType.Date, TimexFormat.Week(rule.On(year)) + "-WE", TimexMod.None)
            : new TemporalMatch(i, end, TimexType.Date, TimexFormat.Day(rule.On(year)), TimexMod.None);
    }

    private int YearOf(int i, int? shift, HolidayRule rule, ReferenceDate reference)
    {
        if (reference.Year is < 2 or > 9998)
        {
            return reference.Year;
        }
        var thisYear = rule.On(reference.Year);
        if (reference.Day is null)
        {
            return reference.Year + Math.Sign(shift ?? 0);
        }
        var anchor = reference.Anchor;
        return shift switch
        {
            < 0 => thisYear < anchor ? reference.Year : reference.Year - 1,
            > 0 => thisYear > anchor ? reference.Year : reference.Year + 1,
            0 => reference.Year,
            null when scan.In(i - 1, scan.Lexicon.DeadlineSignals) => thisYear >= anchor ? reference.Year : reference.Year + 1,
            // Within a few weeks of the reference, the nearest occurrence is meant, whatever tense a nearby clause is in.
            null when Nearest(rule, reference.Year, anchor) is var near && Math.Abs(rule.On(near).DayNumber - anchor.DayNumber) <= scan.Lexicon.HolidayNearestDays => near,
            null => tense.Explicit(i) switch
            {
                true when thisYear < anchor => reference.Year + 1,
                false when thisYear > anchor => reference.Year - 1,
                true or false => reference.Year,
                null => Nearest(rule, reference.Year, anchor),
            },
        };
    }

    /// <summary>
    /// The church whose Easter a plain "Easter" names: the one of the nearest cue word in the sentence
    /// ("Russia's so-called Easter truce" is the Orthodox one), within the data's window; western without one.
    /// </summary>
    private EasterKind ChurchNear(int first, int end)
    {
        for (var distance = 1; distance <= scan.Lexicon.EasterChurchWindow; distance++)
        {
            if (Church(first - distance) is { } before)
            {
                return before;
            }
            if (Church(end - 1 + distance) is { } after)
            {
                return after;
            }
        }
        return EasterKind.Western;
    }

    /// <summary>A cue word, unless it opens another holiday's name ("Easter 2038 and Orthodox Easter 2021"), whose church it names.</summary>
    private bool AllCaps(int i)
    {
        var word = scan.TextOf(i);
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return word.Length > 1;
    }

    private EasterKind? Church(int i) =>
        i >= 0 && i < scan.Count && scan.Lexicon.EasterChurchCues.TryGetValue(scan.Tokens[i].WordId, out var church)
        && scan.Lexicon.Holidays.Match(scan.Tokens, i, scan.Count, out _) == 0
            ? church
            : null;

    /// <summary>Without a tense word, the occurrence nearest the reference ("takes effect on New Year's Day", said in December).</summary>
    private static int Nearest(HolidayRule rule, int year, DateOnly anchor)
    {
        var best = year;
        foreach (var candidate in (int[])[year - 1, year + 1])
        {
            if (Math.Abs(rule.On(candidate).DayNumber - anchor.DayNumber) < Math.Abs(rule.On(best).DayNumber - anchor.DayNumber))
            {
                best = candidate;
            }
        }
        return best;
    }
}
