namespace StaticBriefing.Editorial;

/// <summary>
/// input/site.yml: the site's title and description, the absolute base URL canonical links are
/// made from (ends with '/'), its language (BCP 47, e.g. "en") and the author named in feeds.
/// </summary>
public sealed record SiteSettings(string Title, string Description, string BaseUrl, string Language, string Author);
