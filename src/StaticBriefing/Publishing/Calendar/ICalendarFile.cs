using StaticBriefing.Dating;
using System.Globalization;
using System.Text;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Publishing.Calendar;

/// <summary>
/// /dates/timeline.ics: one all-day VEVENT per timeline event (RFC 5545). The UID is the event key
/// at the site's host, so a calendar that subscribed keeps the same events across builds; DTSTAMP is
/// the newest brief's day, not the clock.
/// </summary>
public static class ICalendarFile
{
    public const string Path = "dates/timeline.ics";

    public static PublishedFile Create(IEnumerable<TimelineEvent> events, DateOnly stamp, PublishSettings settings)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(ContentLine.Fold(line));
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//StaticBriefing//Timeline//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + ContentLine.EscapeText(settings.Title + " — timeline"));
        var dtstamp = Day(stamp) + "T000000Z";
        foreach (var item in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + item.Key + "@" + settings.Host);
            Line("DTSTAMP:" + dtstamp);
            Line("DTSTART;VALUE=DATE:" + Day(item.Date.Span.Start));
            Line("DTEND;VALUE=DATE:" + Day(item.Date.Span.End.AddDays(1))); // DTEND is exclusive
            Line("SUMMARY:" + ContentLine.EscapeText(Summary(item)));
            Line("DESCRIPTION:" + ContentLine.EscapeText(Description(item)));
            Line("URL:" + item.Lead.Citation.Url);
            if (item.Date.IsFuzzy)
            {
                Line("TRANSP:TRANSPARENT");
            }
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return new PublishedFile(Path, text.ToString());
    }

    private static string Summary(TimelineEvent item) =>
        (item.Date.IsFuzzy ? item.Date.Label + ": " : string.Empty) + BriefSummary.Shorten(item.Lead.Citation.Sentence, 100);

    private static string Description(TimelineEvent item)
    {
        var when = item.Date.Label; // a fuzzy date's label is already its range of days
        var lines = new List<string> { when, string.Empty };
        foreach (var source in item.Sources)
        {
            var outlet = source.Outlet ?? "Unknown outlet";
            lines.Add($"{outlet}, {source.Published}: “{source.DateText}” — {source.Citation.Sentence}");
            lines.Add(source.Citation.Url);
        }
        return string.Join("\n", lines);
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
