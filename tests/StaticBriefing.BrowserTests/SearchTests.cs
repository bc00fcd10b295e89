using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

/// <summary>Search is Pagefind's index of output/ (scripts/search-index.sh) under the production CSP.</summary>
[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserFixture site)
{
    [Fact]
    public async Task Reader_searches_for_a_name_and_narrows_the_results_by_party()
    {
        var (surname, party) = MostCitedPartisanActor();
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };
        await page.GotoAsync(site.Pages["search"].Path);
        await page.Locator(".pagefind-ui__search-input").FillAsync(surname);
        var results = page.Locator(".pagefind-ui__result");
        await results.First.WaitForAsync();
        var before = await results.CountAsync();
        before.ShouldBeGreaterThan(0);

        await page.Locator(".pagefind-ui__filter-name", new() { HasTextString = "party" }).ClickAsync();
        var checkbox = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^" + Regex.Escape(party) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1)) });
        await checkbox.CheckAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('.pagefind-ui__search-input').disabled");
        await results.First.WaitForAsync();
        var after = await results.CountAsync();
        after.ShouldBeGreaterThan(0);
        after.ShouldBeLessThanOrEqualTo(before);
        (await checkbox.IsCheckedAsync()).ShouldBeTrue();
        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Pagefind requests answered after seeded random delays (up to 1.2 s each). Before search.js loaded
    /// the filters ahead of the UI, these seeds left the reader with results and no filters at all.
    /// </summary>
    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(23)]
    public async Task On_a_slow_uneven_network_the_filters_still_appear_beside_the_results(int seed)
    {
        var (surname, _) = MostCitedPartisanActor();
        var random = new Random(seed);
        var page = await site.NewPageAsync();
        await page.RouteAsync("**/pagefind/**", async route =>
        {
            int delay;
            lock (random)
            {
                delay = random.Next(0, 1200);
            }
            await Task.Delay(delay);
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.Pages["search"].Path);
        await page.Locator(".pagefind-ui__search-input").FillAsync(surname);
        await page.Locator(".pagefind-ui__result").First.WaitForAsync();
        await page.Locator(".pagefind-ui__filter-name", new() { HasTextString = "party" })
            .WaitForAsync(new() { Timeout = 10_000 });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_offers_the_indexes()
    {
        var page = await site.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(site.Pages["search"].Path);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("JavaScript");
        var hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        hrefs.ShouldContain(h => Links.Actor.IsMatch(h) || h.Contains("/actors/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>The reviewed actor of a real party cited in most briefs, from the site's own data API.</summary>
    private (string Surname, string Party) MostCitedPartisanActor()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputRoot, "api", "actors.json")));
        var actor = json.RootElement.GetProperty("actors").EnumerateArray()
            .Where(a => a.GetProperty("reviewed").GetBoolean() && a.GetProperty("kind").GetString() == "person")
            .Where(a => a.GetProperty("party").GetString() is not ("none" or "other"))
            .OrderByDescending(a => a.GetProperty("briefs").GetArrayLength())
            .ThenBy(a => a.GetProperty("id").GetString(), StringComparer.Ordinal)
            .First();
        var name = actor.GetProperty("name").GetString()!;
        return (name.Split(' ')[^1], actor.GetProperty("party_name").GetString()!);
    }
}
