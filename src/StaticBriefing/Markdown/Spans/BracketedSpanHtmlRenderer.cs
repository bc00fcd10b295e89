using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticBriefing.Markdown.Spans;

/// <summary>The generic rendering, as Pandoc does it: <c>&lt;span id class data-key="value"&gt;</c>.</summary>
public sealed class BracketedSpanHtmlRenderer : HtmlObjectRenderer<BracketedSpan>
{
    protected override void Write(HtmlRenderer renderer, BracketedSpan span)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(span);
            return;
        }
        var attributes = span.Attributes;
        renderer.Write("<span");
        if (attributes.Id is not null)
        {
            renderer.Write(" id=\"").WriteEscape(attributes.Id).Write('"');
        }
        if (attributes.Classes.Count > 0)
        {
            renderer.Write(" class=\"").WriteEscape(string.Join(' ', attributes.Classes)).Write('"');
        }
        foreach (var property in attributes.Properties)
        {
            renderer.Write(string.Create(CultureInfo.InvariantCulture, $" data-{property.Key}=\""))
                .WriteEscape(property.Value).Write('"');
        }
        renderer.Write('>');
        renderer.WriteChildren(span);
        renderer.Write("</span>");
    }
}
