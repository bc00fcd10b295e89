using StaticBriefing.Dating;
using System.Globalization;
using System.Xml;
using StaticBriefing.Publishing.Feeds;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// The timeline drawn at build time: one row per event in date order (rows are evenly spaced, as
/// events cluster around a few days), a filled dot for an exact day, a hollow one for a fuzzy date,
/// and a triangle with "!" where sources differ on the date (also said in the row's text, the
/// marker's title and the image's desc, so it never rests on shape alone).
/// No script, no style element (the CSP forbids inline styles). Dark ink on its own white card, so it
/// reads the same as an &lt;img&gt; in light and dark mode. role="img" with title and desc; the
/// page's list of events carries the links.
/// </summary>
public static class TimelineSvg
{
    public const string Path = "dates/timeline.svg";
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string Ink = "#1b1d21", Paper = "#ffffff";
    private const int Width = 900, RowHeight = 32, Top = 56, AxisX = 266, LabelX = 250, TextX = 282, MarkX = 20;
    private const int SummaryLength = 62, DisputedNote = 18;

    public static PublishedFile CreateFile(IReadOnlyList<TimelineEvent> events, PublishSettings settings) =>
        new(Path, XmlOutput.Write(writer => Write(writer, events, settings), declaration: true));

    /// <summary>Markup to inline in a page (no XML declaration); ids are prefixed so they stay unique.</summary>
    public static string Render(IReadOnlyList<TimelineEvent> events, PublishSettings settings) =>
        XmlOutput.Write(writer => Write(writer, events, settings), declaration: false);

    private static void Write(XmlWriter writer, IReadOnlyList<TimelineEvent> events, PublishSettings settings)
    {
        var height = Top + (Math.Max(events.Count, 1) * RowHeight) + 16;
        writer.WriteStartElement("svg", SvgNamespace);
        Attributes(writer, ("viewBox", "0 0 " + Num(Width) + " " + Num(height)), ("width", "100%"), ("role", "img"),
            ("aria-labelledby", "timeline-svg-title timeline-svg-desc"), ("font-family", "system-ui, sans-serif"),
            ("font-size", "14"), ("fill", Ink));
        writer.WriteStartElement("title");
        writer.WriteAttributeString("id", "timeline-svg-title");
        writer.WriteString(XmlOutput.Clean(settings.Title + ": timeline of dated events"));
        writer.WriteEndElement();
        writer.WriteStartElement("desc");
        writer.WriteAttributeString("id", "timeline-svg-desc");
        writer.WriteString(XmlOutput.Clean(Description(events)));
        writer.WriteEndElement();
        Element(writer, "rect", ("width", "100%"), ("height", "100%"), ("fill", Paper));
        Text(writer, LabelX, 24, "end", "Date", bold: true);
        Text(writer, TextX, 24, "start", "Event (first source) · number of sources", bold: true);
        Element(writer, "line", ("x1", Num(AxisX)), ("y1", Num(Top - 16)), ("x2", Num(AxisX)), ("y2", Num(height - 16)),
            ("stroke", Ink), ("stroke-width", "2"));
        for (var i = 0; i < events.Count; i++)
        {
            Row(writer, events[i], Top + (i * RowHeight));
        }
        writer.WriteEndElement();
    }

    private static void Row(XmlWriter writer, TimelineEvent item, int y)
    {
        var fuzzy = item.Date.IsFuzzy;
        Element(writer, "circle", ("cx", Num(AxisX)), ("cy", Num(y - 5)), ("r", "6"), ("stroke", Ink),
            ("stroke-width", "2"), ("fill", fuzzy ? Paper : Ink));
        Text(writer, LabelX, y, "end", BriefSummary.Shorten(item.Date.Label, 30), bold: false);
        var count = item.Sources.Count;
        // A disputed row's note takes room from the excerpt, so the row keeps its width.
        var summary = Excerpt.Around(item.Lead.Citation.Sentence, item.Lead.DateText, item.Disputed ? SummaryLength - DisputedNote : SummaryLength);
        var note = item.Disputed ? " · sources differ" : "";
        Text(writer, TextX, y, "start", $"{summary} · {Num(count)} {(count == 1 ? "source" : "sources")}{note}", bold: false);
        if (item.Disputed)
        {
            DisputeMark(writer, item, y);
        }
    }

    /// <summary>A warning triangle in the left margin; its title names what differs (a tooltip for pointer users).</summary>
    private static void DisputeMark(XmlWriter writer, TimelineEvent item, int y)
    {
        writer.WriteStartElement("g");
        writer.WriteAttributeString("class", "disputed");
        writer.WriteStartElement("title");
        writer.WriteString(XmlOutput.Clean($"{item.Date.Label}: {Disputes(item)}"));
        writer.WriteEndElement();
        Element(writer, "polygon", ("points", $"{Num(MarkX)},{Num(y - 15)} {Num(MarkX - 10)},{Num(y + 3)} {Num(MarkX + 10)},{Num(y + 3)}"),
            ("fill", Paper), ("stroke", Ink), ("stroke-width", "2"), ("stroke-linejoin", "round"));
        Text(writer, MarkX, y + 1, "middle", "!", bold: true);
        writer.WriteEndElement();
    }

    /// <summary>"sources differ on the date of the talks (13 Mar 2030; 14 Mar 2030)", for each disagreement.</summary>
    private static string Disputes(TimelineEvent item) => string.Join("; ", item.Disagreements.Select(Dispute));

    private static string Dispute(Disagreement disagreement) =>
        $"sources differ on the date of {disagreement.Subject} ({string.Join(" / ", disagreement.Voices.Select(voice => voice.Value).Distinct(StringComparer.Ordinal))})";

    private static string Description(IReadOnlyList<TimelineEvent> events)
    {
        if (events.Count == 0)
        {
            return "No dated events yet.";
        }
        var text = Num(events.Count) + $" dated events, the first {events[0].Date.Label}, the last {events[^1].Date.Label}. "
            + "A filled dot marks an exact day, a hollow dot a fuzzy date such as the end of a month. ";
        // Each disagreement once, with the rows it marks: one event often spans several rows.
        var disputes = events.SelectMany(item => item.Disagreements.Select(disagreement => (disagreement, item.Date.Label)))
            .GroupBy(pair => pair.disagreement, pair => pair.Label)
            .Select(group => $"{Dispute(group.Key)}, marked on {string.Join(", ", group)}")
            .ToList();
        if (disputes.Count > 0)
        {
            text += "A triangle with an exclamation mark flags a date on which sources differ: " + string.Join("; ", disputes) + ". ";
        }
        return text + "The list of events on the timeline page gives each date with links to its sources.";
    }

    private static void Text(XmlWriter writer, int x, int y, string anchor, string text, bool bold)
    {
        writer.WriteStartElement("text");
        Attributes(writer, ("x", Num(x)), ("y", Num(y)), ("text-anchor", anchor));
        if (bold)
        {
            writer.WriteAttributeString("font-weight", "bold");
        }
        writer.WriteString(XmlOutput.Clean(text));
        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name);
        Attributes(writer, attributes);
        writer.WriteEndElement();
    }

    private static void Attributes(XmlWriter writer, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            writer.WriteAttributeString(name, value);
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
