namespace StaticBriefing.Site.Views;

public sealed record SideQuote(string? SpeakerId, string? SpeakerName, string Text, string Anchor);
