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

    /// <summary>Editorial pages also get tables and heading ids (never used for briefs, whose text is article text).</summary>
    public static MarkdownPipeline Pages { get; } = new MarkdownPipelineBuilder()
        .Use<BracketedSpanExtension>()
        .Use<SafeLinksExtension>()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Standard);

    /// <summary>A renderer set up with the pipeline's renderers; callers may insert their own first.</summary>
    public static HtmlRenderer CreateRenderer(TextWriter writer, MarkdownPipeline? pipeline = null)
    {
        var renderer = new HtmlRenderer(writer);
        (pipeline ?? Standard).Setup(renderer);
        return renderer;
    }

    /// <summary>Markdown to HTML with the generic span renderer (the standard pipeline unless told otherwise).</summary>
    public static string ToHtml(string markdown, MarkdownPipeline? pipeline = null)
    {
        pipeline ??= Standard;
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = CreateRenderer(writer, pipeline);
        renderer.Render(Markdig.Markdown.Parse(markdown, pipeline));
        writer.Flush();
        return writer.ToString();
    }
}
