using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace StaticBriefing.Markdown.Safety;

/// <summary>
/// Replaces Markdig's link and autolink renderers with ones that drop unsafe targets and images.
/// Raw HTML is switched off separately (<c>DisableHtml</c>), so hostile markup comes out as text.
/// </summary>
public sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        }
    }
}
