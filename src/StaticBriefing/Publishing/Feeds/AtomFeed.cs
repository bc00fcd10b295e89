using System.Globalization;
using System.Xml;
using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing.Feeds;

/// <summary>The Atom feed of briefs (RFC 4287), newest first; "updated" is the newest brief's date, not the clock.</summary>
public static class AtomFeed
{
    public const string Path = "feed.xml";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static PublishedFile Create(IEnumerable<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy)
    {
        var ordered = BriefOrder.NewestFirst(briefs);
        var urls = AbsoluteUrls.For(settings);
        var xml = XmlOutput.Write(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, settings.Language);
            writer.WriteElementString("id", urls.Home);
            writer.WriteElementString("title", XmlOutput.Clean(settings.Title));
            writer.WriteElementString("subtitle", XmlOutput.Clean(settings.Description));
            writer.WriteElementString("updated", Timestamp(BriefOrder.NewestDate(ordered) ?? new DateOnly(1970, 1, 1)));
            WriteLink(writer, "self", urls.Page(Path), "application/atom+xml");
            WriteLink(writer, "alternate", urls.Home, "text/html");
            writer.WriteStartElement("author");
            writer.WriteElementString("name", XmlOutput.Clean(settings.Title));
            writer.WriteEndElement();
            writer.WriteElementString("generator", "StaticBriefing");
            foreach (var brief in ordered)
            {
                WriteEntry(writer, brief, urls, taxonomy);
            }
            writer.WriteEndElement();
        });
        return new PublishedFile(Path, xml);
    }

    private static void WriteEntry(XmlWriter writer, Brief brief, AbsoluteUrls urls, PublishTaxonomy taxonomy)
    {
        var meta = brief.Metadata;
        var date = Timestamp(meta.Published.Anchor);
        writer.WriteStartElement("entry");
        writer.WriteElementString("id", urls.Brief(meta.Id));
        writer.WriteElementString("title", XmlOutput.Clean(meta.Title));
        writer.WriteElementString("published", date);
        writer.WriteElementString("updated", date);
        WriteLink(writer, "alternate", urls.Brief(meta.Id), "text/html");
        WriteLink(writer, "alternate", urls.BriefMarkdown(meta.Id), "text/markdown");
        writer.WriteStartElement("author");
        writer.WriteElementString("name", XmlOutput.Clean(meta.Author ?? meta.Outlet ?? "Unknown author"));
        writer.WriteEndElement();
        foreach (var issue in brief.Demands.Select(d => d.Issue).Distinct().Order(StringComparer.Ordinal))
        {
            writer.WriteStartElement("category");
            writer.WriteAttributeString("term", issue);
            writer.WriteAttributeString("label", XmlOutput.Clean(taxonomy.IssueLabel(issue)));
            writer.WriteEndElement();
        }
        writer.WriteStartElement("summary");
        writer.WriteAttributeString("type", "text");
        writer.WriteString(XmlOutput.Clean(Summary(brief)));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string Summary(Brief brief)
    {
        var source = brief.Metadata.Outlet is { } outlet ? $"{outlet}, {brief.Metadata.Published}. " : string.Empty;
        return source + BriefSummary.Of(brief);
    }

    private static void WriteLink(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>RFC 3339 at midnight UTC: a brief is dated to the day, never to the build's clock.</summary>
    public static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
