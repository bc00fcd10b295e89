namespace StaticBriefing.Publishing.Meta;

/// <summary>
/// The head metadata of one page, as the theme's layout renders it (theme/Meta/PageMetaTags.razor):
/// canonical URL, description, OpenGraph and Twitter card fields, and for briefs the JSON-LD
/// (already serialised with '&lt;', '&gt;' and '&amp;' escaped, so it is safe inside a script element).
/// </summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string SiteName,
    string Language,
    string OpenGraphType,
    string FeedUrl,
    string? PublishedTime,
    string? Author,
    string? JsonLd)
{
    /// <summary>og:locale wants "en_GB"-style tags; a bare language is passed through.</summary>
    public string Locale => Language.Replace('-', '_');
}
