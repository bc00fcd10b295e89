using StaticBriefing.Briefs;

namespace StaticBriefing.Site;

/// <summary>A parsed brief with its headline and body rendered to HTML for its own page (links relative to it).</summary>
public sealed record PublishedBrief(Brief Brief, Sources.BriefHtml Html);
