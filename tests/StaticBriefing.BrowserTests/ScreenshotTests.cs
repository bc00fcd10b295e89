using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

/// <summary>
/// Full-page screenshots of every page type, light and dark, and a narrow (phone) brief, written to
/// tests/StaticBriefing.BrowserTests/screenshots/ (git-ignored) for a person to look at. Also checks
/// that no page logs a Content-Security-Policy violation or a script error while it loads.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScreenshotTests(BrowserFixture site)
{
    private static readonly string Folder = RepositoryPaths.Of("tests", "StaticBriefing.BrowserTests", "screenshots");

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_type_renders_without_console_errors_and_is_captured(string pageType)
    {
        Directory.CreateDirectory(Folder);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await site.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error" && !(pageType == "not-found" && message.Text.Contains("404", StringComparison.Ordinal)))
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(site.Pages[pageType].Path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var path = Path.Combine(Folder, $"{pageType}-{scheme.ToString().ToLowerInvariant()}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            File.Exists(path).ShouldBeTrue();
            errors.ShouldBeEmpty();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Brief_on_a_phone_is_captured_and_does_not_scroll_sideways()
    {
        Directory.CreateDirectory(Folder);
        var page = await site.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(site.Pages["brief"].Path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, "brief-phone.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
        await page.Context.CloseAsync();
    }
}
