namespace StaticBriefing.Markdown.Safety;

/// <summary>
/// Which link targets a page may carry: relative ones and http, https, mailto. Everything else
/// (javascript:, data:, vbscript:, file: …) is rendered as plain text.
/// </summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }
        // Browsers drop control characters and whitespace inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }
        var scheme = compact[..colon];
        return AllowedSchemes.Any(allowed => string.Equals(allowed, scheme, StringComparison.OrdinalIgnoreCase));
    }
}
