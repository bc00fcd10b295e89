using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Assets;
using StaticBriefing.Tests.HandMadeBriefs;

namespace StaticBriefing.Tests.Site;

public class AssetTests
{
    [Fact]
    public void An_asset_is_named_after_its_content()
    {
        var first = AssetFingerprint.Publish(new AssetSource("site.css", "body{}"u8.ToArray().ToEquatableArray()));
        var same = AssetFingerprint.Publish(new AssetSource("site.css", "body{}"u8.ToArray().ToEquatableArray()));
        var changed = AssetFingerprint.Publish(new AssetSource("site.css", "body{color:red}"u8.ToArray().ToEquatableArray()));

        first.File.Path.ShouldMatch(@"^assets/site\.[0-9a-f]{6}\.css$");
        same.File.Path.ShouldBe(first.File.Path);
        changed.File.Path.ShouldNotBe(first.File.Path);
        AssetFingerprint.Publish(new AssetSource("icons/logo.svg", "<svg/>"u8.ToArray().ToEquatableArray())).File.Path.ShouldStartWith("assets/icons/logo.");
    }

    [Fact]
    public async Task Every_page_links_the_stylesheet_the_build_publishes()
    {
        var site = await SiteFixture.BuildAsync(SeedBriefs.All);
        var stylesheet = site.Files.Single(file => file.Path.StartsWith("assets/site.", StringComparison.Ordinal)).Path;

        site.Page("index.html").ShouldContain($"href=\"{stylesheet}\"");
        site.Page("briefs/000_23d98722bfaca581/index.html").ShouldContain($"href=\"../../{stylesheet}\"");
        site.Page("404.html").ShouldContain($"href=\"/{stylesheet}\"");
    }
}
