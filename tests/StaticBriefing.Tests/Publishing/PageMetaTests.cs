using System.Text.Json;
using StaticBriefing.Publishing.Meta;

namespace StaticBriefing.Tests.Publishing;

public class PageMetaTests
{
    private readonly PageMetaFactory factory = new(SampleBriefs.Settings);

    [Fact]
    public void Brief_meta_has_canonical_url_article_type_and_a_description_from_its_opening()
    {
        var meta = factory.ForBrief(SampleBriefs.Older);
        meta.CanonicalUrl.ShouldBe("https://briefing.example.org/briefs/000_aaaa/");
        meta.OpenGraphType.ShouldBe("article");
        meta.PublishedTime.ShouldBe("2025-07-22");
        meta.Description.ShouldStartWith("Alpha Leader said talks will be held on July 23. Beta wants");
        meta.FeedUrl.ShouldBe("https://briefing.example.org/feed.xml");
    }

    [Fact]
    public void Json_ld_is_a_news_article_that_cannot_close_its_script_element()
    {
        var json = factory.ForBrief(SampleBriefs.Newer).JsonLd.ShouldNotBeNull();
        json.ShouldNotContain("<");
        json.ShouldNotContain(">");
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("@type").GetString().ShouldBe("NewsArticle");
        root.GetProperty("headline").GetString().ShouldBe(SampleBriefs.Hostile);
        root.GetProperty("datePublished").GetString().ShouldBe("2025-08");
        root.GetProperty("publisher").GetProperty("name").GetString().ShouldBe("Test Briefing");
        root.TryGetProperty("author", out _).ShouldBeFalse();
    }

    [Fact]
    public void Json_ld_names_the_author_outlet_and_reviewed_actors()
    {
        var root = JsonDocument.Parse(factory.ForBrief(SampleBriefs.Older).JsonLd!).RootElement;
        root.GetProperty("author").GetProperty("name").GetString().ShouldBe("Ann Writer");
        root.GetProperty("publisher").GetProperty("name").GetString().ShouldBe("Outlet One");
        root.GetProperty("about")[0].GetProperty("@type").GetString().ShouldBe("Person");
    }

    [Fact]
    public void Other_pages_get_a_website_type_and_the_site_description()
    {
        var meta = factory.ForPage("Actors", "actors/");
        meta.CanonicalUrl.ShouldBe("https://briefing.example.org/actors/");
        meta.OpenGraphType.ShouldBe("website");
        meta.Description.ShouldBe("Daily briefing on the test talks.");
        meta.JsonLd.ShouldBeNull();
    }
}
