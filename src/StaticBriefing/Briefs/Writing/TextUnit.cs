namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// A sentence as written: [Start, End) trimmed of surrounding whitespace, its anchor, and the
/// annotator's sentence index (-1 for leftover text the splitter did not cover, which still
/// becomes a sentence so that every word of the body has an anchor).
/// </summary>
public sealed record TextUnit(int Start, int End, string Anchor, int SentenceIndex);
