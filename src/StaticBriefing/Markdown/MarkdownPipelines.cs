using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using StaticBriefing.Markdown.Safety;
using StaticBriefing.Markdown.Spans;

namespace StaticBriefing.Markdown;

/// <summary>
/// The one Markdig pipeline briefs and editorial pages go through: CommonMark, bracketed spans,
/// raw HTML off, safe links only. Built once; Markdig pipelines are thread-safe.
/// </summary>
public static class MarkdownPipelines
{
    public static MarkdownPipeline Standard { get; } = new MarkdownPipelineBuilder()
        .Use<BracketedSpanExtension>()
        .Use<SafeLinksExtension>()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Standard);

    /// <summary>A renderer set up with the pipeline's renderers; callers may insert their own first.</summary>
    public static HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        Standard.Setup(renderer);
        return renderer;
    }

    /// <summary>Plain Markdown to HTML (editorial pages).</summary>
    public static string ToHtml(string markdown)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = CreateRenderer(writer);
        renderer.Render(Parse(markdown));
        writer.Flush();
        return writer.ToString();
    }
}
