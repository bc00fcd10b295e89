using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StaticBriefing.Publishing.Meta;
using StaticBriefing.Theme.Meta;

namespace StaticBriefing.Tests.Publishing;

public class PageMetaTagsTests
{
    private static async Task<string> Render(PageMeta meta)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Meta"] = meta });
            var output = await renderer.RenderComponentAsync<PageMetaTags>(parameters);
            return output.ToHtmlString();
        });
    }

    [Fact]
    public async Task Brief_head_has_canonical_opengraph_twitter_and_one_json_ld_block()
    {
        var html = await Render(new PageMetaFactory(SampleBriefs.Settings).ForBrief(SampleBriefs.Older));
        html.ShouldContain("<link rel=\"canonical\" href=\"https://briefing.example.org/briefs/000_aaaa/\" />");
        html.ShouldContain("<meta property=\"og:type\" content=\"article\" />");
        html.ShouldContain("<meta property=\"og:title\" content=\"Alpha and Beta meet\" />");
        html.ShouldContain("<meta property=\"article:published_time\" content=\"2025-07-22\" />");
        html.ShouldContain("<meta name=\"twitter:card\" content=\"summary\">");
        html.ShouldContain("<link rel=\"alternate\" type=\"application/atom&#x2B;xml\"");
        html.Split("<script").Length.ShouldBe(2);
        html.ShouldContain("<script type=\"application/ld&#x2B;json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
    }

    [Fact]
    public async Task Hostile_title_is_attribute_escaped_and_cannot_open_a_script()
    {
        var html = await Render(new PageMetaFactory(SampleBriefs.Settings).ForBrief(SampleBriefs.Newer));
        html.ShouldNotContain("<script>");
        html.ShouldContain("content=\"Talks &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        html.Split("</script>").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Plain_pages_have_no_article_fields_and_no_json_ld()
    {
        var html = await Render(new PageMetaFactory(SampleBriefs.Settings).ForPage("Actors", "actors/"));
        html.ShouldContain("<meta property=\"og:type\" content=\"website\" />");
        html.ShouldNotContain("article:published_time");
        html.ShouldNotContain("<script");
    }
}
