using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// The publication date, from the strongest evidence the page gives, in this order: a byline date,
/// a dated dateline, a post-date widget, a relative reference glossed by an absolute one
/// ("tomorrow (July 23)"), an "as of" date, and last the site's date bar. A date without a year
/// takes the year the page states (copyright line, date bar, or its latest explicit full date).
/// </summary>
public sealed class PublicationDateFinder(ReadingRules rules, DateProbe dates)
{
    private readonly RelativeGlossFinder glosses = new(dates);

    public PublicationEvidence? Find(PageHead head, IReadOnlyList<PageLine> lines, Dateline? dateline, string body)
    {
        var year = head.PageYear ?? LatestExplicitYear(lines, body);
        return FromText(head.BylineRest, year, "byline")
            ?? FromText(dateline?.DateText, year, "dateline", dateline?.Text)
            ?? FromDateLines(lines.Where(l => l.DateOnly && l.InWidget), year, head.PageYear, "post date")
            ?? glosses.Find(body, year)
            ?? FromAsOf(body, year)
            ?? FromDateLines(lines.Where(l => l.DateOnly && !l.InWidget), year, head.PageYear, "site date bar");
    }

    private PublicationEvidence? FromText(string? text, int? year, string label, string? quote = null)
    {
        if (text is null)
        {
            return null;
        }
        foreach (var date in dates.Find(text, Probe(year)))
        {
            var surface = text[date.Start..date.End];
            if (Resolve(date.Value, surface, year) is { } day)
            {
                return new PublicationEvidence(ReferenceDate.FromDate(day), $"{label} '{quote ?? surface}'");
            }
        }
        return null;
    }

    private PublicationEvidence? FromDateLines(IEnumerable<PageLine> lines, int? year, int? statedYear, string label)
    {
        foreach (var line in lines)
        {
            var found = FromText(line.Trimmed.TrimStart(rules.DateLineBullets.ToCharArray()).Trim(), year, label);
            if (found is not null)
            {
                var yearNote = statedYear is not null && !line.Trimmed.Contains(found.Date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    ? $" (year from '© {statedYear}')"
                    : "";
                return found with { Basis = found.Basis + yearNote };
            }
        }
        return null;
    }

    private PublicationEvidence? FromAsOf(string body, int? year)
    {
        foreach (var date in dates.Find(body, Probe(year)))
        {
            var before = body[..date.Start].TrimEnd();
            var signal = rules.AsOfSignals.FirstOrDefault(s => before.EndsWith(s, StringComparison.OrdinalIgnoreCase)
                && (before.Length == s.Length || !char.IsLetter(before[^(s.Length + 1)])));
            var surface = body[date.Start..date.End];
            if (signal is null || date.Value.Length < 7 || !surface.Contains(date.Value[..4], StringComparison.Ordinal)
                || !ReferenceDate.TryParse(date.Value.Length >= 10 ? date.Value[..10] : date.Value[..7], out var published))
            {
                continue;
            }
            return new PublicationEvidence(published!, $"'{before[^signal.Length..]} {surface}'");
        }
        return null;
    }

    /// <summary>The day a value names; its year from the surface if written there, else the page's year.</summary>
    public static DateOnly? Resolve(string value, string surface, int? year)
    {
        if (DateProbe.Day(value) is not { } day)
        {
            return null;
        }
        if (surface.Contains(day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return day;
        }
        return year is { } y && (day.Month != 2 || day.Day != 29 || DateTime.IsLeapYear(y)) ? new DateOnly(y, day.Month, day.Day) : null;
    }

    public static ReferenceDate Probe(int? year) => new(year ?? 2000, 6, 15);

    private int? LatestExplicitYear(IReadOnlyList<PageLine> lines, string body)
    {
        var bar = lines.Where(l => l.DateOnly).Select(l => l.Trimmed).Concat([body]);
        int? latest = null;
        foreach (var text in bar)
        {
            foreach (var date in dates.Find(text, Probe(null)))
            {
                if (DateProbe.Day(date.Value) is { } day && text[date.Start..date.End].Contains(day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                {
                    latest = Math.Max(latest ?? day.Year, day.Year);
                }
            }
            if (latest is not null)
            {
                return latest;
            }
        }
        return latest;
    }
}
