namespace StaticBriefing.Briefs;

/// <summary>A sentence of a brief: its stable anchor ("s-k3f9qa"), plain text, paragraph number, and whether it is (part of) the headline.</summary>
public sealed record BriefSentence(string Anchor, string Text, int Paragraph, bool Headline = false);
