using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace StaticBriefing.Markdown.Spans;

/// <summary>Adds Pandoc-style bracketed spans to a Markdig pipeline, with the generic HTML renderer.</summary>
public sealed class BracketedSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BracketedSpanParser>())
        {
            // Must see ']' before the link parser does.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<BracketedSpanHtmlRenderer>())
        {
            html.ObjectRenderers.Insert(0, new BracketedSpanHtmlRenderer());
        }
    }
}
