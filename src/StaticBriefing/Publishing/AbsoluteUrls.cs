namespace StaticBriefing.Publishing;

/// <summary>
/// Canonical absolute URLs (pretty, ending in '/') of the URL scheme in the team brief.
/// Internal links are relative and belong to the site; these are for feeds, APIs and metadata.
/// </summary>
public sealed record AbsoluteUrls(string BaseUrl)
{
    public static AbsoluteUrls For(PublishSettings settings) => new(settings.BaseUrl);

    public string Home => BaseUrl;

    public string Page(string path) => BaseUrl + path.TrimStart('/');

    public string Brief(string briefId) => Page("briefs/" + Segment(briefId) + "/");

    public string BriefMarkdown(string briefId) => Page("briefs/" + Segment(briefId) + ".md");

    public string Sentence(string briefId, string anchor) => Brief(briefId) + "#" + Segment(anchor);

    public string Actor(string actorId) => Page("actors/" + Segment(actorId) + "/");

    public string Issue(string issueId) => Page("demands/" + Segment(issueId) + "/");

    private static string Segment(string id) => Uri.EscapeDataString(id);
}
