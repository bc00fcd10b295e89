namespace StaticBriefing.Briefs;

public sealed record BriefClaim(string Who, string? DisputedBy, string Text, string Sentence);
