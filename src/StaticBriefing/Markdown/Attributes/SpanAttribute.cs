namespace StaticBriefing.Markdown.Attributes;

/// <summary>One <c>key=value</c> pair of an attribute block.</summary>
public sealed record SpanAttribute(string Key, string Value);
