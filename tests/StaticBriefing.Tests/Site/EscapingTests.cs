using StaticBriefing.Annotation.Model;
using StaticBriefing.Tests.HandMadeBriefs;

namespace StaticBriefing.Tests.Site;

public class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Breakout = "\"><img src=x onerror=alert(2)>";

    [Fact]
    public async Task Hostile_text_in_a_brief_comes_out_escaped_on_every_page()
    {
        var hostile = new BriefBuilder("999_hostile", $"Title {Script}")
            .By($"Outlet {Breakout}", $"Author {Script}")
            .Published("2025-07-22", $"basis {Breakout}")
            .Paragraph($"Russia said {Script} on July 23.", $"Ukraine replied {Breakout} at once.")
            .Actor("russia", $"Russia {Script}", ActorKind.State, "russia", $"role {Breakout}", false, "Russia")
            .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party", true, "Ukraine")
            .Date("July 23", "2025-07-23")
            .Demand("russia", "ceasefire", Stance.Rejects, Script)
            .Demand("ukraine", "ceasefire", Stance.Demands, Breakout, "ukraine")
            .Quote("ukraine", Breakout)
            .Claim("russia", Script, "ukraine")
            .Build();

        var site = await SiteFixture.BuildAsync([hostile, .. SeedBriefs.All]);

        site.Diagnostics.ShouldBeEmpty();
        var pages = site.Files.Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBeGreaterThan(20);
        foreach (var page in pages)
        {
            var html = page.ReadText();
            html.ShouldNotContain("<script>alert", Case.Insensitive, page.Path);
            html.ShouldNotContain("<img src=x", Case.Insensitive, page.Path);
            html.ShouldNotContain("alert(2)>", Case.Sensitive, page.Path);
        }
        var briefPage = site.Page("briefs/999_hostile/index.html");
        briefPage.ShouldContain("Title &lt;script&gt;alert(1)&lt;/script&gt;");
        briefPage.ShouldContain("Outlet &quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        site.Page("sources/outlet-img-src-x-onerror-alert-2/index.html").ShouldContain("<h1>Outlet &quot;&gt;&lt;img src=x onerror=alert(2)&gt;</h1>");
    }

    /// <summary>
    /// Pages read without JavaScript: the only script elements are JSON-LD data blocks (brief
    /// metadata, never executed) and, on the search page alone, Pagefind's files.
    /// </summary>
    [Fact]
    public async Task Published_pages_carry_no_executable_script_except_search()
    {
        var site = await SiteFixture.BuildAsync(SeedBriefs.All);

        foreach (var file in site.Files.Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var scripts = System.Text.RegularExpressions.Regex.Matches(file.ReadText(), "<script[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                .Select(m => m.Value)
                .Where(tag => !tag.Contains("application/ld", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (file.Path == StaticBriefing.Publishing.Search.SearchView.Path)
            {
                scripts.ShouldAllBe(tag => tag.Contains(" src=", StringComparison.Ordinal), file.Path);
            }
            else
            {
                scripts.ShouldBeEmpty(file.Path);
            }
        }
    }
}
