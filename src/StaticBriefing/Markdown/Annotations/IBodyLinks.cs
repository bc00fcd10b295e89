namespace StaticBriefing.Markdown.Annotations;

/// <summary>
/// Where annotations in a brief body link to, relative to the page being rendered (the site
/// implements it). Null means "no page": the annotation is still marked, just not linked.
/// </summary>
public interface IBodyLinks
{
    /// <summary>The actor's page, e.g. "../../actors/vladimir-putin/index.html".</summary>
    string? Actor(string id);

    /// <summary>The timeline entry for a TIMEX value, e.g. "../../dates/index.html#d-2025-07-23".</summary>
    string? Date(string value);
}
