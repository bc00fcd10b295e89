namespace StaticBriefing.Reading;

/// <summary>
/// A dated dateline at the start of the first paragraph ("ISTANBUL, July 23 — ", "KYIV, Aug. 16
/// (Reuters) - "): Length characters to strip, and the wire agency when it names one.
/// </summary>
public sealed record Dateline(int Length, string Text, string DateText, string? Agency);
