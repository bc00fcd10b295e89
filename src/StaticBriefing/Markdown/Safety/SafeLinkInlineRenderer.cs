using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace StaticBriefing.Markdown.Safety;

/// <summary>
/// Links with a safe target render as usual; unsafe ones as their text. Images render as their
/// alt text: a brief never pulls content from elsewhere.
/// </summary>
public sealed class SafeLinkInlineRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || !SafeUrl.IsSafe(link.GetDynamicUrl?.Invoke() ?? link.Url) || !renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
