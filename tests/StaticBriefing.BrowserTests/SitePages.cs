namespace StaticBriefing.BrowserTests;

/// <summary>
/// One URL of each page type, found in output/ (the first item of each folder, in ordinal order).
/// A missing page type fails the tests that need it, with the folder named.
/// </summary>
public sealed record SitePages(IReadOnlyList<PageType> All)
{
    /// <summary>The page types every browser test covers, for [MemberData].</summary>
    public static TheoryData<string> Names => new(
        "home", "briefs", "brief", "actors", "actor", "demands", "issue", "dates", "sources", "source", "about", "method", "search", "not-found");

    public PageType this[string name] => All.FirstOrDefault(p => p.Name == name)
        ?? throw new InvalidOperationException($"no '{name}' page in output/");

    public static SitePages Discover(string root)
    {
        var pages = new List<PageType>
        {
            new("home", "/"),
            new("briefs", "/briefs/"),
            FirstIn(root, "brief", "briefs"),
            new("actors", "/actors/"),
            FirstIn(root, "actor", "actors"),
            new("demands", "/demands/"),
            FirstIn(root, "issue", "demands"),
            new("dates", "/dates/"),
            new("sources", "/sources/"),
            FirstIn(root, "source", "sources"),
            new("about", "/about/"),
            new("method", "/method/"),
            new("search", "/search/"),
            new("not-found", "/no-such-page/"),
        };
        return new SitePages(pages);
    }

    private static PageType FirstIn(string root, string name, string folder)
    {
        var first = Directory.Exists(Path.Combine(root, folder))
            ? Directory.GetDirectories(Path.Combine(root, folder))
                .Where(d => File.Exists(Path.Combine(d, "index.html")))
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return new PageType(name, first is null ? $"/{folder}/(none found)/" : $"/{folder}/{Uri.EscapeDataString(first!)}/");
    }
}
