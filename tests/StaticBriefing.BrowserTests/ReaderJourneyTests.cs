using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ReaderJourneyTests(BrowserFixture site)
{
    [Fact]
    public async Task Reader_goes_from_home_to_a_brief_to_an_actor_and_follows_a_citation_to_its_sentence()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        (await page.TitleAsync()).ShouldNotBeNullOrWhiteSpace();

        await Links.FollowFirstAsync(page, Links.Brief);
        (await page.Locator("main h1").CountAsync()).ShouldBe(1);

        await Links.FollowFirstAsync(page, Links.Actor);
        (await page.Locator("main h1").CountAsync()).ShouldBe(1);

        var citation = await Links.FollowFirstAsync(page, Links.Citation);
        var anchor = citation[(citation.IndexOf('#') + 1)..];
        (await page.EvaluateAsync<string>("() => location.hash")).ShouldBe("#" + anchor);
        (await page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id")).ShouldBe(anchor);
        (await TargetScrolledIntoViewAsync(page)).ShouldBeTrue("the cited sentence is scrolled into view");
        await page.Context.CloseAsync();
    }

    /// <summary>Whether the fragment's target comes into view within a few seconds: the browser scrolls once it has laid the page out.</summary>
    private static async Task<bool> TargetScrolledIntoViewAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "() => { const t = document.querySelector(':target'); if (!t) return false; const r = t.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight && r.height > 0; }",
                null, new() { Timeout = 10_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Unknown_url_gets_the_404_page_with_a_way_home()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Pages["not-found"].Path);
        response!.Status.ShouldBe(404);
        var home = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
        home.ShouldContain(href => href == site.BaseUrl + "/" || href == site.BaseUrl + "/index.html");
        await page.Context.CloseAsync();
    }
}
