namespace StaticBriefing.Site.Urls;

/// <summary>
/// Relative links between output files ("../../actors/x/index.html"), so the site works from
/// disk, and absolute pretty URLs for canonical links.
/// </summary>
public static class RelativeUrl
{
    public static string Between(string fromPage, string target)
    {
        var (path, fragment) = SplitFragment(target);
        var from = fromPage.Split('/')[..^1];
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return up + Escape(to[common..]) + fragment;
    }

    /// <summary>For pages served at any depth (404.html): a link from the site root.</summary>
    public static string Rooted(string target)
    {
        var (path, fragment) = SplitFragment(target);
        return "/" + Escape(path.Split('/')) + fragment;
    }

    /// <summary>"https://example.org/briefs/x/" for "briefs/x/index.html".</summary>
    public static string Canonical(string baseUrl, string target)
    {
        var (path, fragment) = SplitFragment(target);
        var pretty = path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        return baseUrl.TrimEnd('/') + "/" + Escape(pretty.Split('/')) + fragment;
    }

    private static (string Path, string Fragment) SplitFragment(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? (target[..hash], target[hash..]) : (target, "");
    }

    private static string Escape(IEnumerable<string> segments) => string.Join('/', segments.Select(Uri.EscapeDataString));
}
