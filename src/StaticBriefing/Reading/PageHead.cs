namespace StaticBriefing.Reading;

/// <summary>
/// What the top of a page holds: the headline and byline lines (indexes into the page lines),
/// the author and outlet, and the year the page itself states ("© 2025"). MastheadLine is the
/// outlet's name printed above the headline, TaglineLine the site's motto under it, SiteNameLine a
/// headline-length line of the site's header that a menu parts from the headline: chrome, not the title.
/// </summary>
public sealed record PageHead(
    int? TitleLine,
    int? BylineLine,
    string? BylineRest,
    string? Author,
    string? Outlet,
    string? OutletBasis,
    int? PageYear)
{
    public int? MastheadLine { get; init; }

    public int? TaglineLine { get; init; }

    public int? SiteNameLine { get; init; }

    /// <summary>A slug in capitals right above the headline ("UAE RUSSIA UKRAINE TALKS"): chrome.</summary>
    public int? SlugLine { get; init; }
}
