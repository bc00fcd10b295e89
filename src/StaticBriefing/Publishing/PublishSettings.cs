namespace StaticBriefing.Publishing;

/// <summary>
/// What the publishing outputs need to know about the site. BaseUrl is absolute and ends with '/'
/// (see <see cref="Create"/>); Language is a BCP 47 tag ("en").
/// </summary>
public sealed record PublishSettings(string BaseUrl, string Title, string Description, string Language)
{
    /// <summary>Validates the base URL and normalises it to end with exactly one slash.</summary>
    public static PublishSettings Create(string baseUrl, string title, string description, string language = "en")
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"base_url must be an absolute http(s) URL, got '{baseUrl}'", nameof(baseUrl));
        }
        return new PublishSettings(baseUrl.TrimEnd('/') + "/", title, description, language);
    }

    /// <summary>The host name, used to make calendar UIDs globally unique.</summary>
    public string Host => new Uri(BaseUrl).Host;
}
