namespace StaticBriefing.Site.Indexes;

/// <summary>Where an actor is named: the words used and the sentence around them.</summary>
public sealed record ActorMention(string Text, Citation Citation);
