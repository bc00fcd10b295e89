using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>Words from a brief (a mention, a quote) with the sentence they stand in.</summary>
public sealed record CitedText(string Text, Citation Citation);
