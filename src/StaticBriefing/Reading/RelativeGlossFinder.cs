using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Infers the publication date from a relative date glossed by an absolute one, "tomorrow (July 23)"
/// or "last night (July 21)". The text is read against two probe dates: a relative expression
/// moves with the probe, so its offset from the probe is the offset from the publication date;
/// subtracting it from the absolute gloss gives that date.
/// </summary>
public static class RelativeGlossFinder
{
    public static PublicationEvidence? Find(BodyDates dates, Func<int?> pageYear)
    {
        var body = dates.Body;
        var first = dates.Early;
        var candidates = first
            .Select((relative, i) => (Relative: relative, Gloss: i + 1 < first.Count ? Gloss(body, relative.End, first[i + 1]) : null))
            .Where(c => c.Gloss is not null && DateProbe.Day(c.Relative.Value) is not null && !body[c.Relative.Start..c.Relative.End].Any(char.IsDigit))
            .ToList();
        if (candidates.Count == 0)
        {
            return null; // spare the second reading of the body
        }
        var second = dates.Late.DistinctBy(d => (d.Start, d.End)).ToDictionary(d => (d.Start, d.End));
        foreach (var (relative, gloss) in candidates)
        {
            var offset = DateProbe.Day(relative.Value)!.Value.DayNumber - BodyDates.EarlyProbe.Anchor.DayNumber;
            if (second.TryGetValue((relative.Start, relative.End), out var moved)
                && DateProbe.Day(moved.Value) is { } b && b.DayNumber - BodyDates.LateProbe.Anchor.DayNumber == offset
                && PublicationDateFinder.Resolve(gloss!.Value, body[gloss.Start..gloss.End], pageYear) is { } absolute)
            {
                var quote = body[relative.Start..(body.IndexOf(')', gloss.End) + 1)];
                return new PublicationEvidence(ReferenceDate.FromDate(absolute.AddDays(-offset)), $"'{quote}'");
            }
        }
        return null;
    }

    /// <summary>The next date when it is written in parentheses right after <paramref name="end"/>: " (July 23)".</summary>
    private static DateAnnotation? Gloss(string body, int end, DateAnnotation next)
    {
        var open = end;
        while (open < body.Length && body[open] == ' ')
        {
            open++;
        }
        if (open >= body.Length || body[open] != '(')
        {
            return null;
        }
        var gloss = next;
        if (gloss.Start <= open || !body.AsSpan((open + 1)..gloss.Start).IsWhiteSpace())
        {
            return null;
        }
        var close = gloss.End;
        while (close < body.Length && body[close] == ' ')
        {
            close++;
        }
        return close < body.Length && body[close] == ')' && DateProbe.Day(gloss.Value) is not null ? gloss : null;
    }
}
