using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Infers the publication date from a relative date glossed by an absolute one, "tomorrow (July 23)"
/// or "last night (July 21)". The text is read against two probe dates: a relative expression
/// moves with the probe, so its offset from the probe is the offset from the publication date;
/// subtracting it from the absolute gloss gives that date.
/// </summary>
public sealed class RelativeGlossFinder(DateProbe dates)
{
    public PublicationEvidence? Find(string body, int? year)
    {
        if (year is null)
        {
            return null;
        }
        var early = new ReferenceDate(year.Value, 3, 10);
        var late = new ReferenceDate(year.Value, 9, 20);
        var first = dates.Find(body, early);
        var second = dates.Find(body, late).DistinctBy(d => (d.Start, d.End)).ToDictionary(d => (d.Start, d.End));
        foreach (var relative in first)
        {
            if (!second.TryGetValue((relative.Start, relative.End), out var moved)
                || DateProbe.Day(relative.Value) is not { } a || DateProbe.Day(moved.Value) is not { } b
                || a.DayNumber - early.Anchor.DayNumber != b.DayNumber - late.Anchor.DayNumber
                || body[relative.Start..relative.End].Any(char.IsDigit))
            {
                continue;
            }
            var offset = a.DayNumber - early.Anchor.DayNumber;
            if (Gloss(body, relative.End, first) is { } gloss
                && PublicationDateFinder.Resolve(gloss.Value, body[gloss.Start..gloss.End], year) is { } absolute)
            {
                var quote = body[relative.Start..(body.IndexOf(')', gloss.End) + 1)];
                return new PublicationEvidence(ReferenceDate.FromDate(absolute.AddDays(-offset)), $"'{quote}'");
            }
        }
        return null;
    }

    /// <summary>The date written in parentheses right after <paramref name="end"/>: " (July 23)".</summary>
    private static DateAnnotation? Gloss(string body, int end, EquatableArray<DateAnnotation> found)
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
        var gloss = found.FirstOrDefault(d => d.Start > open && body[(open + 1)..d.Start].Trim().Length == 0);
        if (gloss is null)
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
