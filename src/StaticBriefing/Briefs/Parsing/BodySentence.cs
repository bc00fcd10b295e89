namespace StaticBriefing.Briefs.Parsing;

/// <summary>A sentence read from the body, with the file line it starts on; Headline when it sits in the leading "# " heading.</summary>
public sealed record BodySentence(string Anchor, string Text, int Paragraph, int Line, bool Headline = false);
