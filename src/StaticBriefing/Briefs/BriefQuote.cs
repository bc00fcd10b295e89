namespace StaticBriefing.Briefs;

public sealed record BriefQuote(string? Speaker, string Text, string Sentence);
