namespace StaticBriefing.Site;

/// <summary>An editorial page: its slug ("about"), title and body HTML.</summary>
public sealed record ContentPage(string Slug, string Title, string BodyHtml);
