namespace StaticBriefing.Site.Indexes;

/// <summary>Another actor named in the same sentences; Count is how many sentences they share.</summary>
public sealed record ActorLink(string Id, string Name, string Party, int Count);
