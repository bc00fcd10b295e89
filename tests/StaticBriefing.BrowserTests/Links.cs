using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

/// <summary>Finds and follows links by where they point, not by their markup, so the theme may change.</summary>
public static class Links
{
    public static readonly Regex Brief = new(@"/briefs/[^/#]+/(index\.html)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    public static readonly Regex Actor = new(@"/actors/[^/#]+/(index\.html)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    public static readonly Regex Citation = new(@"/briefs/[^/#]+/(index\.html)?#s-[a-z2-7]{6}(-\d+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Clicks the first link inside main whose resolved href matches, and waits for the navigation.</summary>
    public static async Task<string> FollowFirstAsync(IPage page, Regex target)
    {
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main a[href]')].map(a => a.href)");
        var index = Array.FindIndex(hrefs, href => target.IsMatch(href));
        index.ShouldBeGreaterThanOrEqualTo(0, $"no link matching {target} in main of {page.Url}");
        var link = page.Locator("main a[href]").Nth(index);
        await link.ScrollIntoViewIfNeededAsync();
        await link.ClickAsync();
        // The document, not every subresource: the journey checks what the page says, and waiting for the load
        // event once timed out a run whose page was already there and its network idle.
        await page.WaitForURLAsync(url => target.IsMatch(url), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return hrefs[index];
    }
}
