using Markdig.Syntax.Inlines;
using StaticBriefing.Markdown.Attributes;

namespace StaticBriefing.Markdown.Spans;

/// <summary>
/// A Pandoc-style bracketed span <c>[content]{#id .class key=value}</c>: its children are the
/// content, Span/Line/Column (inherited) locate it in the source.
/// </summary>
public sealed class BracketedSpan : ContainerInline
{
    public BracketedSpan(SpanAttributes attributes) => Attributes = attributes;

    public SpanAttributes Attributes { get; }
}
