using Markdig.Renderers;
using Markdig.Syntax;
using StaticBriefing.Briefs;

namespace StaticBriefing.Markdown.Annotations;

/// <summary>A brief's body → HTML, through the standard pipeline with the annotation renderer.</summary>
public static class BriefBodyHtml
{
    public static string Render(Brief brief, IBodyLinks links, BriefVocabulary vocabulary) =>
        Render(brief.Body, links, BodyLabels.For(brief, vocabulary));

    public static string Render(string body, IBodyLinks links, BodyLabels labels) =>
        Write(links, labels, renderer => renderer.Render(MarkdownPipelines.Parse(body)));

    /// <summary>
    /// The headline (a leading level-one heading: its inline HTML, for the page's own h1) apart
    /// from the rest of the body; no headline when the body does not open with one.
    /// </summary>
    public static (string? Headline, string Body) RenderParts(Brief brief, IBodyLinks links, BriefVocabulary vocabulary)
    {
        var labels = BodyLabels.For(brief, vocabulary);
        var document = MarkdownPipelines.Parse(brief.Body);
        if (document.Count == 0 || document[0] is not HeadingBlock { Level: 1 } heading)
        {
            return (null, Write(links, labels, renderer => renderer.Render(document)));
        }
        document.RemoveAt(0);
        return (Write(links, labels, renderer => renderer.WriteLeafInline(heading)), Write(links, labels, renderer => renderer.Render(document)));
    }

    private static string Write(IBodyLinks links, BodyLabels labels, Action<HtmlRenderer> render)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = MarkdownPipelines.CreateRenderer(writer);
        renderer.ObjectRenderers.Insert(0, new AnnotationSpanRenderer(links, labels));
        render(renderer);
        writer.Flush();
        return writer.ToString();
    }
}
