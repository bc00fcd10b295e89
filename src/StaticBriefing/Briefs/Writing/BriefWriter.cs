using System.Text;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Article + annotations → brief Markdown (the format in docs/brief-format.md). Pure and
/// deterministic: the same inputs give the same bytes.
/// </summary>
public static class BriefWriter
{
    public static string Write(Article article, AnnotatedText annotated, ActorLexicon lexicon)
    {
        var published = article.Published
            ?? throw new DataFileException(article.SourceFile, null, "published",
                "no publication date in the text; give one in a sidecar (published: YYYY-MM-DD)");
        var layout = BriefLayoutBuilder.Build(annotated, lexicon);
        var actors = new Dictionary<string, ActorAnnotation>(StringComparer.Ordinal);
        foreach (var actor in annotated.Actors)
        {
            actors.TryAdd(actor.Id, actor);
        }
        var output = new StringBuilder(annotated.Text.Length * 2 + 1024);
        FrontMatterWriter.Write(output, article, published, layout, actors, lexicon);
        output.Append('\n');
        BodyWriter.Write(output, annotated.Text, layout, article.Headline?.Length ?? 0);
        return output.ToString();
    }
}
