using StaticBriefing.Site.Views;

namespace StaticBriefing.Publishing.Search;

/// <summary>The search page (search/index.html): Pagefind's UI over a message that stands when there is no script.</summary>
public sealed record SearchView(PageFrame Frame) : PageView(Frame)
{
    public const string Path = "search/index.html";
}
