using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>One brief's wording of a date ("May 16") and the sentence it stands in.</summary>
public sealed record TimelineSourceItem(string Text, string? Outlet, string Published, Citation Citation);
