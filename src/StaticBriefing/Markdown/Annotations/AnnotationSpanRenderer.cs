using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using StaticBriefing.Markdown.Spans;

namespace StaticBriefing.Markdown.Annotations;

/// <summary>
/// Renders a brief body's spans: sentences with their permalink, actors and dates as links,
/// demands and claims with a label for screen readers, quotes. Classes are documented in
/// docs/brief-format.md. A link never nests in another link: the inner one becomes a span.
/// </summary>
public sealed class AnnotationSpanRenderer(IBodyLinks links, BodyLabels labels) : HtmlObjectRenderer<BracketedSpan>
{
    private static readonly BracketedSpanHtmlRenderer Generic = new();

    protected override void Write(HtmlRenderer renderer, BracketedSpan span)
    {
        var a = span.Attributes;
        if (a.Id is not null && a.Classes.Count == 0)
        {
            renderer.Write("<span class=\"s\" id=\"").WriteEscape(a.Id).Write("\">");
            renderer.WriteChildren(span);
            renderer.Write("<a class=\"s-link\" href=\"#").WriteEscape(a.Id).Write("\" aria-label=\"Link to this sentence\">¶</a></span>");
            return;
        }
        var kind = a.Classes.Count == 1 ? a.Classes[0] : "";
        switch (kind)
        {
            case "actor" when a.Get("ref") is { } id:
                var reviewed = labels.IsReviewed(id) ? "actor" : "actor actor-unreviewed";
                Open(renderer, span, links.Actor(id), reviewed, ("data-actor", id), ("title", labels.Actor(id)));
                renderer.WriteChildren(span);
                Close(renderer, span, links.Actor(id));
                break;
            case "date" when a.Get("value") is { } value:
                var href = links.Date(value);
                Open(renderer, span, href, "date", ("data-value", value), ("data-mod", a.Get("mod")));
                renderer.Write(HtmlTime.IsValidDatetime(value) ? "<time datetime=\"" + value + "\">" : "<time>");
                renderer.WriteChildren(span);
                renderer.Write("</time>");
                Close(renderer, span, href);
                break;
            case "demand" when a.Get("party") is { } party && a.Get("issue") is { } issue && a.Get("stance") is { } stance:
                var position = labels.Position(party, stance, issue);
                Open(renderer, span, null, $"demand party-{Token(party)} stance-{Token(stance)} issue-{Token(issue)}",
                    ("data-party", party), ("data-issue", issue), ("data-stance", stance), ("title", position));
                renderer.WriteChildren(span);
                Hidden(renderer, $" ({position})");
                renderer.Write("</span>");
                break;
            case "quote":
                var speaker = a.Get("speaker");
                Open(renderer, span, null, "quote", ("data-speaker", speaker), ("title", speaker is null ? "Quote" : "Quote from " + labels.Actor(speaker)));
                renderer.WriteChildren(span);
                renderer.Write("</span>");
                break;
            case "claim" when a.Get("who") is { } who:
                var disputedBy = a.Get("disputed-by");
                var claim = "claim by " + labels.Source(who) + (disputedBy is null ? "" : ", disputed by " + labels.Source(disputedBy));
                Open(renderer, span, null, disputedBy is null ? "claim" : "claim claim-disputed", ("data-who", who), ("data-disputed-by", disputedBy),
                    ("title", char.ToUpperInvariant(claim[0]) + claim[1..]));
                renderer.WriteChildren(span);
                Hidden(renderer, $" ({claim})");
                renderer.Write("</span>");
                break;
            default:
                Generic.Write(renderer, span);
                break;
        }
    }

    private void Open(HtmlRenderer renderer, BracketedSpan span, string? href, string classes, params (string Name, string? Value)[] attributes)
    {
        var asLink = href is not null && !InsideLink(span);
        renderer.Write(asLink ? "<a class=\"" : "<span class=\"").Write(classes).Write('"');
        if (asLink)
        {
            renderer.Write(" href=\"").WriteEscapeUrl(href).Write('"');
        }
        foreach (var (name, value) in attributes.Where(x => x.Value is not null))
        {
            renderer.Write(' ').Write(name).Write("=\"").WriteEscape(value).Write('"');
        }
        renderer.Write('>');
    }

    private void Close(HtmlRenderer renderer, BracketedSpan span, string? href) =>
        renderer.Write(href is not null && !InsideLink(span) ? "</a>" : "</span>");

    private static void Hidden(HtmlRenderer renderer, string text) =>
        renderer.Write("<span class=\"visually-hidden\">").WriteEscape(text).Write("</span>");

    /// <summary>True when an ancestor already renders as a link (a Markdown link, or an actor or date span).</summary>
    private bool InsideLink(BracketedSpan span)
    {
        for (var parent = span.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false }
                || parent is BracketedSpan outer && (outer.Attributes.HasClass("actor") && outer.Attributes.Get("ref") is { } id && links.Actor(id) is not null
                    || outer.Attributes.HasClass("date") && outer.Attributes.Get("value") is { } value && links.Date(value) is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A safe class-name token: lower-case letters, digits and '-'.</summary>
    private static string Token(string value) =>
        new(value.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
