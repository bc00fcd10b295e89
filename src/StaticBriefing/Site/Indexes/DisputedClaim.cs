namespace StaticBriefing.Site.Indexes;

/// <summary>A claim that the brief itself records as disputed.</summary>
public sealed record DisputedClaim(string Who, string DisputedBy, string Text, Citation Citation);
