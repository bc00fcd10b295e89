namespace StaticBriefing.Site;

/// <summary>The site's title, description and base URL (from input/site.yml).</summary>
public sealed record SiteSettings(string Title, string Description, string BaseUrl, string Language = "en");
