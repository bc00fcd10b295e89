using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_type_has_no_wcag_22_aa_violations_in_light_mode(string pageType) =>
        (await ViolationsAsync(pageType, ColorScheme.Light)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_type_has_no_wcag_22_aa_violations_in_dark_mode(string pageType) =>
        (await ViolationsAsync(pageType, ColorScheme.Dark)).ShouldBeEmpty();

    private async Task<IReadOnlyList<string>> ViolationsAsync(string pageType, ColorScheme scheme)
    {
        var page = await site.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        try
        {
            await page.GotoAsync(site.Pages[pageType].Path);
            if (pageType == "search")
            {
                await page.Locator(".pagefind-ui__search-input").WaitForAsync();
            }
            return await Axe.ViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
