using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// The publication date, from the strongest evidence the page gives, in this order: a byline date,
/// a dated dateline, a post-date widget, the page's own stamp ("last edited on …"), a relative reference glossed by an absolute one
/// ("tomorrow (July 23)"), an "as of" date, and last the site's date bar. A date without a year
/// takes the year the page states (copyright line, date bar, or its latest explicit full date).
/// </summary>
public sealed class PublicationDateFinder(ReadingRules rules, DateProbe dates)
{
    public PublicationEvidence? Find(PageHead head, IReadOnlyList<PageLine> lines, Dateline? dateline, string body)
    {
        var bodyDates = new BodyDates(dates, body);
        int? year = null;
        var yearKnown = false;
        int? PageYear()
        {
            if (!yearKnown)
            {
                (year, yearKnown) = (head.PageYear ?? LatestExplicitYear(lines, bodyDates), true);
            }
            return year;
        }
        return FromText(head.BylineRest, PageYear, "byline")
            ?? FromText(dateline?.DateText, PageYear, "dateline", dateline?.Text)
            ?? FromDateLines(lines.Where(l => l.DateOnly && l.InWidget), PageYear, head.PageYear, "post date")
            ?? FromDateLines(lines.Where(l => l.DateOnly && rules.PageStamps.AnyMatch(l.Trimmed)), PageYear, head.PageYear, "page stamp")
            ?? RelativeGlossFinder.Find(bodyDates, PageYear)
            ?? FromAsOf(bodyDates)
            ?? FromDateLines(lines.Where(l => l.DateOnly && !l.InWidget), PageYear, head.PageYear, "site date bar");
    }

    private PublicationEvidence? FromText(string? text, Func<int?> year, string label, string? quote = null)
    {
        if (text is null)
        {
            return null;
        }
        foreach (var date in dates.Find(text, BodyDates.EarlyProbe))
        {
            var surface = text[date.Start..date.End];
            if (Resolve(date.Value, surface, year) is { } day)
            {
                return new PublicationEvidence(ReferenceDate.FromDate(day), $"{label} '{quote ?? surface}'");
            }
        }
        return null;
    }

    private PublicationEvidence? FromDateLines(IEnumerable<PageLine> lines, Func<int?> year, int? statedYear, string label)
    {
        foreach (var line in lines)
        {
            var text = line.Trimmed.TrimStart(rules.DateLineBullets.ToCharArray()).Trim();
            // A year standing apart from its day on the same line ("Wed Dec 16 12:00:03 CET 2026") is the line's own.
            var ownYear = BareYear(text);
            var found = FromText(text, ownYear is null ? year : () => ownYear, label);
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

    private PublicationEvidence? FromAsOf(BodyDates bodyDates)
    {
        var body = bodyDates.Body;
        foreach (var date in bodyDates.Early)
        {
            var before = body[Math.Max(0, date.Start - 40)..date.Start].TrimEnd();
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
    public static DateOnly? Resolve(string value, string surface, Func<int?> year)
    {
        if (DateProbe.Day(value) is not { } day)
        {
            return null;
        }
        if (surface.Contains(day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return day;
        }
        return year() is { } y && (day.Month != 2 || day.Day != 29 || DateTime.IsLeapYear(y)) ? new DateOnly(y, day.Month, day.Day) : null;
    }

    /// <summary>The year of a date bar, else the latest full date written with its year in the body.</summary>
    private int? LatestExplicitYear(IReadOnlyList<PageLine> lines, BodyDates bodyDates)
    {
        var bar = lines.Where(l => l.DateOnly).Select(l => ExplicitYears(l.Trimmed, dates.Find(l.Trimmed, BodyDates.EarlyProbe))).FirstOrDefault(y => y.Count > 0);
        var years = bar ?? ExplicitYears(bodyDates.Body, bodyDates.Early);
        return years.Count > 0 ? years.Max() : null;
    }

    private int? BareYear(string text) => dates.Find(text, BodyDates.EarlyProbe)
        .Select(d => d.Value.Length == 4 && text[d.Start..d.End] == d.Value && int.TryParse(d.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
        .OfType<int>()
        .Cast<int?>()
        .FirstOrDefault();

    private static List<int> ExplicitYears(string text, EquatableArray<DateAnnotation> found) => found
        .Select(d => DateProbe.Day(d.Value) is { } day && text[d.Start..d.End].Contains(day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? day.Year : (int?)null)
        .OfType<int>()
        .ToList();
}
