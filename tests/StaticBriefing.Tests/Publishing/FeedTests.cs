using System.Xml.Linq;
using StaticBriefing.Publishing;
using StaticBriefing.Publishing.Feeds;

namespace StaticBriefing.Tests.Publishing;

public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XDocument Feed(IEnumerable<StaticBriefing.Briefs.Brief> briefs) =>
        XDocument.Parse(AtomFeed.Create(briefs, SampleBriefs.Settings, SampleBriefs.Taxonomy).Content);

    [Fact]
    public void Atom_feed_parses_and_lists_briefs_newest_first_with_canonical_ids()
    {
        var feed = Feed(SampleBriefs.Both);
        var ids = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        ids.ShouldBe(["https://briefing.example.org/briefs/001_bbbb/", "https://briefing.example.org/briefs/000_aaaa/"]);
        feed.Root.Element(Atom + "link")!.Attribute("href")!.Value.ShouldBe("https://briefing.example.org/feed.xml");
    }

    [Fact]
    public void Feed_updated_is_the_newest_brief_date_not_the_clock()
    {
        Feed(SampleBriefs.Both).Root!.Element(Atom + "updated")!.Value.ShouldBe("2025-08-01T00:00:00Z");
        Feed([SampleBriefs.Older]).Root!.Element(Atom + "updated")!.Value.ShouldBe("2025-07-22T00:00:00Z");
    }

    [Fact]
    public void Hostile_title_round_trips_as_text_and_control_characters_are_dropped()
    {
        var content = AtomFeed.Create(SampleBriefs.Both, SampleBriefs.Settings, SampleBriefs.Taxonomy).Content;
        content.ShouldNotContain("<script>");
        content.ShouldNotContain("\u0001");
        var titles = XDocument.Parse(content).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
        titles.ShouldContain(SampleBriefs.Hostile);
    }

    [Fact]
    public void Feed_does_not_depend_on_input_order()
    {
        var reversed = SampleBriefs.Both.Reverse();
        AtomFeed.Create(reversed, SampleBriefs.Settings, SampleBriefs.Taxonomy)
            .ShouldBe(AtomFeed.Create(SampleBriefs.Both, SampleBriefs.Settings, SampleBriefs.Taxonomy));
    }

    [Fact]
    public void Entries_carry_author_or_outlet_and_issue_categories()
    {
        var entries = Feed(SampleBriefs.Both).Root!.Elements(Atom + "entry").ToList();
        entries[1].Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Ann Writer");
        entries[1].Element(Atom + "category")!.Attribute("label")!.Value.ShouldBe("Ceasefire");
        entries[0].Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Unknown author");
    }

    [Fact]
    public void Sitemap_lists_pretty_urls_of_written_pages_except_404_with_brief_lastmod()
    {
        string[] pages = ["index.html", "briefs/000_aaaa/index.html", "404.html", "actors/index.html", "feed.xml", "briefs/000_aaaa/index.html"];
        var xml = XDocument.Parse(Sitemap.Create(pages, SampleBriefs.Both, SampleBriefs.Settings).Content);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Root!.Elements(ns + "url").ToList();
        urls.Select(u => u.Element(ns + "loc")!.Value).ShouldBe([
            "https://briefing.example.org/",
            "https://briefing.example.org/actors/",
            "https://briefing.example.org/briefs/000_aaaa/",
        ]);
        urls[2].Element(ns + "lastmod")!.Value.ShouldBe("2025-07-22");
        urls[0].Element(ns + "lastmod").ShouldBeNull();
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_absolute_sitemap()
    {
        var robots = RobotsTxt.Create(SampleBriefs.Settings);
        robots.Path.ShouldBe("robots.txt");
        robots.Content.ShouldBe("User-agent: *\nAllow: /\n\nSitemap: https://briefing.example.org/sitemap.xml\n");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative/")]
    public void Settings_reject_a_base_url_that_is_not_absolute_http(string baseUrl) =>
        Should.Throw<ArgumentException>(() => PublishSettings.Create(baseUrl, "t", "d")).Message.ShouldContain(baseUrl);
}
