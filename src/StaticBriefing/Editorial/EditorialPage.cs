namespace StaticBriefing.Editorial;

/// <summary>
/// A page of input/pages/ (about, method): Slug from the file name (it names the URL /SLUG/),
/// Title and Description from its front matter, Body the Markdown after it, Html the rendered body.
/// </summary>
public sealed record EditorialPage(string Slug, string Title, string Description, string Body, string Html, string SourceFile);
