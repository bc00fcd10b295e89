namespace StaticBriefing.Publishing.Api;

/// <summary>A sentence of a brief: its stable anchor, paragraph number, text and deep link.</summary>
public sealed record SentenceItem(string Anchor, int Paragraph, string Text, string Url);
