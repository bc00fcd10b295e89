using System.Text;
using StaticBriefing.Pipeline;
using StaticBriefing.Site.Preview;

namespace StaticBriefing.Tests.Preview;

public class PreviewSiteTests
{
    private static BuildResult Build(params string[] paths) =>
        new([.. paths.Select(path => OutputFile.FromText(path, $"<html><body>{path}</body></html>"))], [], []);

    [Fact]
    public void Folders_serve_their_index_and_pages_get_the_reload_script()
    {
        var site = new PreviewSite();
        site.Publish(Build("index.html", "briefs/x/index.html", "assets/site.css"));

        var home = site.Resolve("/");
        home.Status.ShouldBe(200);
        Encoding.UTF8.GetString(home.Body).ShouldContain("new EventSource(\"/__preview/events\")");
        Encoding.UTF8.GetString(home.Body).ShouldEndWith("</script></body></html>");
        site.Resolve("/briefs/x/").Path.ShouldBe("briefs/x/index.html");
        Encoding.UTF8.GetString(site.Resolve("/assets/site.css").Body).ShouldNotContain("EventSource");
    }

    [Fact]
    public void A_folder_without_its_slash_redirects_and_a_missing_page_gets_the_404_page()
    {
        var site = new PreviewSite();
        site.Publish(Build("briefs/index.html", "404.html"));

        site.Resolve("/briefs").RedirectTo.ShouldBe("/briefs/");
        var missing = site.Resolve("/nowhere/");
        (missing.Status, missing.Path).ShouldBe((404, "404.html"));
    }

    [Fact]
    public async Task Waiting_pages_are_released_when_a_new_build_is_published()
    {
        var site = new PreviewSite();
        site.Publish(Build("index.html"));
        var waiting = site.WaitForChangeAsync(site.Version, CancellationToken.None);

        waiting.IsCompleted.ShouldBeFalse();
        site.Publish(Build("index.html", "new.html"));

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        site.Version.ShouldBe(2);
    }
}
