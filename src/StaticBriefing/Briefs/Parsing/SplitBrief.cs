namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// A brief file cut in two. Yaml runs from the opening '---' line (kept, so YAML line numbers are
/// file line numbers) to just before the closing one; Body follows; BodyLine is its first line (1-based).
/// </summary>
public sealed record SplitBrief(string Markdown, string Yaml, string Body, int BodyLine);
