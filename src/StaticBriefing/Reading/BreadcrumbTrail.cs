namespace StaticBriefing.Reading;

/// <summary>
/// A breadcrumb ("Home > Commons > Ukraine: Peace Negotiations") ends with the page's own
/// headline: that last crumb is the article's, not a site name the trail repeats.
/// </summary>
public static class BreadcrumbTrail
{
    private static readonly string[] Separators = [" > ", " › ", " » "];

    /// <summary>The line without its last crumb when it is a trail; else the line.</summary>
    public static string WithoutOwnCrumb(string text)
    {
        var last = Separators.Max(separator => text.LastIndexOf(separator, StringComparison.Ordinal));
        return last > 0 ? text[..last] : text;
    }
}
