using StaticBriefing.Markdown.Attributes;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>An annotation span read from the body: its class, attributes, normalised text, sentence anchor and file line.</summary>
public sealed record BodySpan(string Kind, SpanAttributes Attributes, string Text, string Sentence, int Line);
