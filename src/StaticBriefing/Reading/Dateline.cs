namespace StaticBriefing.Reading;

/// <summary>A dated dateline at the start of the first paragraph ("ISTANBUL, July 23 — "): Length characters to strip.</summary>
public sealed record Dateline(int Length, string Text, string DateText);
