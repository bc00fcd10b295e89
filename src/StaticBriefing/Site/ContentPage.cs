namespace StaticBriefing.Site;

/// <summary>An editorial page: its slug ("about"), title, description and body HTML (rendered without raw HTML).</summary>
public sealed record ContentPage(string Slug, string Title, string Description, string BodyHtml);
