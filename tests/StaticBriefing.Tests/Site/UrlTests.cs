using StaticBriefing.Site.Urls;

namespace StaticBriefing.Tests.Site;

public class UrlTests
{
    [Theory]
    [InlineData("index.html", "actors/index.html", "actors/index.html")]
    [InlineData("briefs/x/index.html", "actors/y/index.html", "../../actors/y/index.html")]
    [InlineData("briefs/x/index.html", "briefs/index.html", "../index.html")]
    [InlineData("briefs/x/index.html", "briefs/x.md", "../x.md")]
    [InlineData("briefs/x/index.html", "briefs/x/index.html#s-abc123", "index.html#s-abc123")]
    [InlineData("actors/index.html", "index.html", "../index.html")]
    [InlineData("404.html", "assets/site.1a2b3c.css", "assets/site.1a2b3c.css")]
    public void Links_between_pages_are_relative_file_links(string from, string to, string expected) =>
        RelativeUrl.Between(from, to).ShouldBe(expected);

    [Fact]
    public void Path_segments_are_escaped_in_links() =>
        RelativeUrl.Between("index.html", "sources/a b/index.html").ShouldBe("sources/a%20b/index.html");

    [Theory]
    [InlineData("index.html", "https://example.org/")]
    [InlineData("briefs/x/index.html", "https://example.org/briefs/x/")]
    [InlineData("briefs/x.md", "https://example.org/briefs/x.md")]
    public void Canonical_urls_are_absolute_and_pretty(string path, string expected) =>
        RelativeUrl.Canonical("https://example.org", path).ShouldBe(expected);

    [Fact]
    public void The_not_found_page_links_from_the_site_root_because_it_is_served_at_any_depth()
    {
        var links = new SiteLinks(SitePaths.NotFound, Rooted: true, "assets/site.css", "https://example.org/");

        links.Home.ShouldBe("/index.html");
        links.Actor("vladimir-putin").ShouldBe("/actors/vladimir-putin/index.html");
        links.StylesheetHref.ShouldBe("/assets/site.css");
    }

    [Fact]
    public void A_sentence_link_points_at_the_anchor_in_the_brief_page()
    {
        var links = new SiteLinks(SitePaths.Actor("a"), Rooted: false, "assets/site.css", "https://example.org/");

        links.Sentence("000_x", "s-k3f9qa").ShouldBe("../../briefs/000_x/index.html#s-k3f9qa");
    }

    [Theory]
    [InlineData("Eurasia Business News", "eurasia-business-news")]
    [InlineData("The San Juan Daily Star", "the-san-juan-daily-star")]
    [InlineData("Çırağan  Über—News!", "ciragan-uber-news")]
    [InlineData("***", "unnamed")]
    public void Slugs_are_lower_case_ascii(string name, string expected) =>
        Slug.Of(name).ShouldBe(expected);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.html")]
    [InlineData("a//b.html")]
    [InlineData("C:/x.html")]
    public void Output_paths_cannot_leave_the_output_folder(string path) =>
        Should.Throw<ArgumentException>(() => StaticBriefing.Pipeline.OutputFile.FromText(path, ""));
}
