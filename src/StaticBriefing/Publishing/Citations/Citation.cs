namespace StaticBriefing.Publishing.Citations;

/// <summary>Where a statement comes from: the brief, the sentence's anchor, its absolute URL and text.</summary>
public sealed record Citation(string BriefId, string Anchor, string Url, string Sentence);
