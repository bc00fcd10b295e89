using StaticBriefing.Briefs;

namespace StaticBriefing.Markdown.Annotations;

/// <summary>A brief's body → HTML, through the standard pipeline with the annotation renderer.</summary>
public static class BriefBodyHtml
{
    public static string Render(Brief brief, IBodyLinks links, BriefVocabulary vocabulary) =>
        Render(brief.Body, links, BodyLabels.For(brief, vocabulary));

    public static string Render(string body, IBodyLinks links, BodyLabels labels)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = MarkdownPipelines.CreateRenderer(writer);
        renderer.ObjectRenderers.Insert(0, new AnnotationSpanRenderer(links, labels));
        renderer.Render(MarkdownPipelines.Parse(body));
        writer.Flush();
        return writer.ToString();
    }
}
