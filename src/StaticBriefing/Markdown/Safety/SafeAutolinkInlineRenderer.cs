using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace StaticBriefing.Markdown.Safety;

/// <summary>An autolink <c>&lt;https://…&gt;</c> becomes a link only when its target is safe.</summary>
public sealed class SafeAutolinkInlineRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline autolink)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (!SafeUrl.IsSafe(url) || !renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(autolink.Url);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(autolink.Url).Write("</a>");
    }
}
