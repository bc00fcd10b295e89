using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// A planner's day heading ("FRIDAY, MAY 19 - SATURDAY, MAY 20", a paragraph of nothing but dates) dates
/// the schedule line right under it: a bare weekday there ("(Friday 1000 to Saturday 1200)") is the
/// heading's day of that name, not the one nearest the publication date. Paragraphs further down
/// (background with "said on Wednesday") keep their own reading.
/// </summary>
internal static class DayHeadingWeekdays
{
    private const string ParagraphBreak = "\n\n";

    /// <summary>Rewrites in place; <paramref name="found"/> is in text order. Each paragraph is looked at once.</summary>
    public static void Apply(string text, List<DateAnnotation> found, TemporalLexicon lexicon)
    {
        var i = 0;
        while (i < found.Count)
        {
            var first = found[i];
            // A heading opens its paragraph with its first date.
            if (first.Start != 0 && !text.AsSpan(0, first.Start).EndsWith(ParagraphBreak, StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            var end = ParagraphEnd(text, first.Start);
            var j = i;
            while (j < found.Count && found[j].End <= end)
            {
                j++;
            }
            if (end < text.Length && OnlyDates(text, first.Start, end, found, i, j))
            {
                var days = found.Skip(i).Take(j - i).Select(d => Day(d.Value)).OfType<DateOnly>().ToList();
                var nextEnd = ParagraphEnd(text, end + ParagraphBreak.Length);
                for (var k = j; k < found.Count && found[k].Start < nextEnd; k++)
                {
                    var date = found[k];
                    if (date.Type == TimexType.Date && date.End <= nextEnd
                        && lexicon.Weekdays.TryGetValue(lexicon.Words.Find(text.AsSpan(date.Start, date.End - date.Start)), out var weekday)
                        && days.FirstOrDefault(day => ((int)day.DayOfWeek + 6) % 7 + 1 == weekday.Number) is var day && day != default)
                    {
                        found[k] = date with { Value = Matching.TimexFormat.Day(day) };
                    }
                }
            }
            i = Math.Max(j, i + 1);
        }
    }

    private static int ParagraphEnd(string text, int offset)
    {
        var after = text.IndexOf(ParagraphBreak, offset, StringComparison.Ordinal);
        return after < 0 ? text.Length : after;
    }

    /// <summary>Nothing but the dates, spaces and punctuation between them ("TUESDAY, MAY 16 - WEDNESDAY, MAY 17").</summary>
    private static bool OnlyDates(string text, int start, int end, List<DateAnnotation> found, int from, int to)
    {
        var at = start;
        for (var i = from; i < to; i++)
        {
            var date = found[i];
            if (HasWordChars(text, at, date.Start))
            {
                return false;
            }
            at = date.End;
        }
        return !HasWordChars(text, at, end);
    }

    private static bool HasWordChars(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static DateOnly? Day(string value) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}
