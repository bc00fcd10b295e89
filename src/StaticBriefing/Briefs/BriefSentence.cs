namespace StaticBriefing.Briefs;

/// <summary>A sentence of a brief: its stable anchor ("s-k3f9qa"), plain text and paragraph number.</summary>
public sealed record BriefSentence(string Anchor, string Text, int Paragraph);
