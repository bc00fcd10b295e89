namespace StaticBriefing.Site.Indexes;

/// <summary>A cited sentence: the brief, the sentence anchor to deep-link to, and a snippet of its text.</summary>
public sealed record Citation(string BriefId, string BriefTitle, string? Outlet, string Anchor, string Snippet);
