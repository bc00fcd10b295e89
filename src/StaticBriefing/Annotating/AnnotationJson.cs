using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Annotating;

/// <summary>
/// The 'annotate --json' document (docs/annotations.md): metadata, the annotated text and every
/// annotation with [start, end) offsets in UTF-16 code units into "text".
/// </summary>
public static class AnnotationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(Article? article, AnnotatedText annotated, ReferenceDate published)
    {
        var text = annotated.Text;
        var root = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["id"] = article?.Id,
                ["title"] = article?.Title,
                ["title_generated"] = article?.TitleGenerated,
                ["outlet"] = article?.Outlet,
                ["author"] = article?.Author,
                ["published"] = published.ToString(),
                ["published_basis"] = article?.PublishedBasis,
            },
            ["text"] = text,
            ["sentences"] = Array(annotated.Sentences.Select(s => new JsonObject { ["start"] = s.Start, ["end"] = s.End })),
            ["actors"] = Array(annotated.Actors.Select(a => new JsonObject
            {
                ["id"] = a.Id,
                ["name"] = a.Name,
                ["party"] = a.Party,
                ["kind"] = Lower(a.Kind),
                ["role"] = a.Role,
                ["reviewed"] = a.Reviewed,
                ["mentions"] = Array(a.Mentions.Select(m => Span(text, m.Start, m.End, m.Sentence))),
            })),
            ["dates"] = Array(annotated.Dates.Select(d => With(Span(text, d.Start, d.End, d.Sentence), new()
            {
                ["type"] = d.Type.ToString().ToUpperInvariant(),
                ["value"] = d.Value,
                ["mod"] = d.Mod == TimexMod.None ? null : d.Mod.ToString().ToUpperInvariant(),
            }))),
            ["demands"] = Array(annotated.Demands.Select(d => With(Span(text, d.Start, d.End, d.Sentence), new()
            {
                ["party"] = d.Party,
                ["issue"] = d.Issue,
                ["stance"] = Lower(d.Stance),
                ["actor"] = d.ActorId,
                ["sentence_text"] = SentenceText(annotated, d.Sentence),
            }))),
            ["quotes"] = Array(annotated.Quotes.Select(q => With(Span(text, q.Start, q.End, q.Sentence), new() { ["speaker"] = q.SpeakerId }))),
            ["claims"] = Array(annotated.Claims.Select(c => With(Span(text, c.Start, c.End, c.Sentence), new()
            {
                ["who"] = c.Who,
                ["disputed_by"] = c.DisputedBy,
            }))),
        };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Span(string text, int start, int end, int sentence) => new()
    {
        ["text"] = text[start..end],
        ["start"] = start,
        ["end"] = end,
        ["sentence"] = sentence,
    };

    private static JsonObject With(JsonObject span, JsonObject extra)
    {
        foreach (var (key, value) in extra.ToList())
        {
            extra.Remove(key);
            span[key] = value;
        }
        return span;
    }

    private static string? SentenceText(AnnotatedText annotated, int index) =>
        index >= 0 && index < annotated.Sentences.Count ? annotated.Sentences[index].TextOf(annotated.Text) : null;

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}
