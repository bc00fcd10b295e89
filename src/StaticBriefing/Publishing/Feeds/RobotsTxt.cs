namespace StaticBriefing.Publishing.Feeds;

/// <summary>robots.txt: everything may be crawled; the sitemap is named by its absolute URL.</summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static PublishedFile Create(PublishSettings settings) => new(
        Path,
        "User-agent: *\nAllow: /\n\nSitemap: " + AbsoluteUrls.For(settings).Page(Sitemap.Path) + "\n");
}
