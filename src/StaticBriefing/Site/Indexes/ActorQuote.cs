namespace StaticBriefing.Site.Indexes;

public sealed record ActorQuote(string Text, Citation Citation);
