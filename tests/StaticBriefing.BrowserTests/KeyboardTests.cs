namespace StaticBriefing.BrowserTests;

[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserFixture site)
{
    private const string FocusIsVisible = """
        () => {
          const el = document.activeElement;
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const ring = s.boxShadow && s.boxShadow !== 'none';
          return (outline || ring) && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
        }
        """;

    [Theory]
    [InlineData("home")]
    [InlineData("brief")]
    [InlineData("actor")]
    public async Task First_tab_reaches_a_visible_skip_link_that_moves_focus_to_main(string pageType)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Pages[pageType].Path);
        await page.Keyboard.PressAsync("Tab");
        var skip = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href') + '|' + document.activeElement.textContent.trim()");
        skip.ShouldStartWith("#main|");
        skip.ShouldContain("Skip", Case.Insensitive);
        (await page.EvaluateAsync<bool>(FocusIsVisible)).ShouldBeTrue("the focused skip link is on screen with a focus indicator");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_link_tabbed_to_on_a_brief_shows_a_focus_indicator()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Pages["brief"].Path);
        var checkedCount = 0;
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var tag = await page.EvaluateAsync<string>("() => document.activeElement.tagName");
            if (tag == "BODY")
            {
                break;
            }
            (await page.EvaluateAsync<bool>(FocusIsVisible)).ShouldBeTrue($"focus indicator on tab stop {i + 1} ({await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)")})");
            checkedCount++;
        }
        checkedCount.ShouldBeGreaterThan(5);
        await page.Context.CloseAsync();
    }
}
