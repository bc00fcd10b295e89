namespace StaticBriefing.Site.Urls;

/// <summary>
/// Where each page lives in output/ (the URL scheme of BRIEF.md). Pages are folders with an
/// index.html, so the pretty URL is the folder and the file works from disk.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Briefs = "briefs/index.html";
    public const string Actors = "actors/index.html";
    public const string Issues = "demands/index.html";
    public const string Timeline = "dates/index.html";
    public const string Sources = "sources/index.html";
    public const string NotFound = "404.html";

    public static string Brief(string id) => $"briefs/{id}/index.html";

    public static string BriefMarkdown(string id) => $"briefs/{id}.md";

    public static string Sentence(string briefId, string anchor) => $"{Brief(briefId)}#{anchor}";

    public static string Actor(string id) => $"actors/{id}/index.html";

    public static string Issue(string id) => $"demands/{id}/index.html";

    public static string Source(string slug) => $"sources/{slug}/index.html";

    public static string Content(string slug) => $"{slug}/index.html";

    /// <summary>The folders a brief owns in output/, carried forward when it fails to build.</summary>
    public static IReadOnlyList<string> OwnedByBrief(string id) => [$"briefs/{id}/", BriefMarkdown(id)];
}
