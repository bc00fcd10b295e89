using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

[Collection(BrowserCollection.Name)]
public class PageWeightTests(BrowserFixture site)
{
    private const long Budget = 100 * 1024;

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_type_loads_under_100_KB_before_search_assets(string pageType)
    {
        var page = await site.NewPageAsync();
        var bodies = new List<Task<(string, long)>>();
        page.Response += (_, response) => bodies.Add(BodySize(response));
        await page.GotoAsync(site.Pages[pageType].Path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var loaded = await Task.WhenAll(bodies);
        var counted = loaded.Where(x => !x.Item1.Contains("/pagefind/", StringComparison.Ordinal)).ToList();
        var total = counted.Sum(x => x.Item2);
        total.ShouldBeLessThanOrEqualTo(Budget, string.Join("\n", counted.Select(x => $"{x.Item2,8} {x.Item1}")));
        counted.ShouldNotBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public void No_html_file_in_output_is_over_100_KB()
    {
        var heavy = Directory.EnumerateFiles(site.OutputRoot, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(site.OutputRoot, f), Bytes: new FileInfo(f).Length))
            .Where(f => f.Bytes > Budget)
            .ToList();
        heavy.ShouldBeEmpty();
    }

    private static async Task<(string, long)> BodySize(IResponse response)
    {
        try
        {
            return (response.Url, response.Status is >= 300 and < 400 ? 0 : (await response.BodyAsync()).LongLength);
        }
        catch (PlaywrightException)
        {
            return (response.Url, 0); // the page navigated away before the body was read
        }
    }
}
