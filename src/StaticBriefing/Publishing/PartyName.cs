namespace StaticBriefing.Publishing;

/// <summary>A party id ("ukraine") and the name readers see ("Ukraine").</summary>
public sealed record PartyName(string Id, string Name);
