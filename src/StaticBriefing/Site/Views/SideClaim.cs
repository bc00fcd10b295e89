namespace StaticBriefing.Site.Views;

public sealed record SideClaim(string Who, string? DisputedBy, string Text, string Anchor);
