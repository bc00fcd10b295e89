namespace StaticBriefing.Site.Views;

/// <summary>An editorial page (about, method) from input/pages; BodyHtml is rendered with raw HTML disabled.</summary>
public sealed record ContentView(PageFrame Frame, string BodyHtml) : PageView(Frame);
