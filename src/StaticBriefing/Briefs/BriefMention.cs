namespace StaticBriefing.Briefs;

public sealed record BriefMention(string ActorId, string Text, string Sentence);
