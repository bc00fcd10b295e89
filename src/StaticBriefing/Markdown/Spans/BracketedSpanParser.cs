using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticBriefing.Markdown.Attributes;

namespace StaticBriefing.Markdown.Spans;

/// <summary>
/// Closes a bracketed span. The opening '[' is left to Markdig's <see cref="LinkInlineParser"/>,
/// which pushes a <see cref="LinkDelimiterInline"/>; this parser runs before it on ']' and, when
/// the bracket is followed directly by an attribute block, turns that delimiter into a
/// <see cref="BracketedSpan"/>. Anything else falls through to the link parser unchanged.
/// </summary>
public sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser() => OpeningCharacters = [']'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var opener = processor.Inline?.FirstParentOfType<LinkDelimiterInline>();
        // An opener made inactive by a link inside it still opens a span: only links may not nest.
        if (opener is null || opener.IsImage)
        {
            return false;
        }
        var afterBracket = slice;
        afterBracket.SkipChar();
        if (afterBracket.CurrentChar != '{' || !SpanAttributesParser.TryParse(ref afterBracket, out var attributes))
        {
            return false;
        }
        var span = new BracketedSpan(attributes)
        {
            Span = new SourceSpan(opener.Span.Start, processor.GetSourcePosition(afterBracket.Start - 1)),
            Line = opener.Line,
            Column = opener.Column,
        };
        var child = opener.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            span.AppendChild(child);
            child = next;
        }
        opener.ReplaceBy(span, copyChildren: false);
        processor.PostProcessInlines(0, span, null, false);
        span.IsClosed = true;
        processor.Inline = span;
        slice = afterBracket;
        return true;
    }
}
