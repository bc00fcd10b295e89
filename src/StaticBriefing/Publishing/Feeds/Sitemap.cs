using System.Globalization;
using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing.Feeds;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) built from the HTML pages the site actually wrote, so it can
/// never list a page that does not exist. Brief pages carry their publication day as lastmod.
/// </summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>pagePaths: output-relative HTML files ("index.html", "briefs/ID/index.html").</summary>
    public static PublishedFile Create(IEnumerable<string> pagePaths, IEnumerable<Brief> briefs, PublishSettings settings)
    {
        var urls = AbsoluteUrls.For(settings);
        var published = briefs.ToDictionary(b => urls.Brief(b.Metadata.Id), b => b.Metadata.Published.Anchor, StringComparer.Ordinal);
        var entries = pagePaths
            .Select(path => PrettyPath(path.Replace('\\', '/')))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => urls.Page(path))
            .Select(url => new SitemapEntry(url, published.TryGetValue(url, out var day) ? day : null));
        return new PublishedFile(Path, Write(entries));
    }

    public static string Write(IEnumerable<SitemapEntry> entries) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url");
            writer.WriteElementString("loc", entry.Url);
            if (entry.LastModified is { } day)
            {
                writer.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>"briefs/x/index.html" → "briefs/x/"; "index.html" → ""; the 404 page and non-HTML files → null.</summary>
    public static string? PrettyPath(string path)
    {
        path = path.TrimStart('/');
        if (!path.EndsWith(".html", StringComparison.Ordinal) || path == "404.html")
        {
            return null;
        }
        return path == "index.html" ? string.Empty
            : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length]
            : path;
    }
}
