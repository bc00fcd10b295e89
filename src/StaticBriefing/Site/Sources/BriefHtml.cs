namespace StaticBriefing.Site.Sources;

/// <summary>A brief rendered for its page: the annotated headline's inline HTML (null when the body has none) and the body after it.</summary>
public sealed record BriefHtml(string? Headline, string Body);
