using System.Text;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Briefs.Writing;

/// <summary>Writes the YAML front matter: fixed key order, one flow mapping per date, demand, quote and claim.</summary>
public static class FrontMatterWriter
{
    public static void Write(StringBuilder output, Article article, ReferenceDate published, BriefLayout layout,
        IReadOnlyDictionary<string, ActorAnnotation> annotated, ActorLexicon lexicon)
    {
        output.Append("---\n");
        Line(output, "id", YamlScalar.Write(article.Id));
        Line(output, "title", YamlScalar.Write(article.Title));
        Line(output, "title_generated", YamlScalar.Write(article.TitleGenerated));
        Line(output, "outlet", YamlScalar.Write(article.Outlet));
        Line(output, "author", YamlScalar.Write(article.Author));
        Line(output, "published", YamlScalar.Write(published.ToString()));
        Line(output, "published_basis", YamlScalar.Write(article.PublishedBasis));
        Line(output, "source", YamlScalar.Write(article.SourceFile));
        var reviewed = lexicon.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        List(output, "actors", layout.ActorOrder, (b, id) =>
        {
            b.Append("id: ").Append(YamlScalar.Write(id));
            if (!reviewed.Contains(id) && annotated.TryGetValue(id, out var actor))
            {
                b.Append("\n    name: ").Append(YamlScalar.Write(actor.Name))
                    .Append("\n    kind: ").Append(YamlScalar.Write(FormatNames.Of(actor.Kind)))
                    .Append("\n    party: ").Append(YamlScalar.Write(actor.Party))
                    .Append("\n    role: ").Append(YamlScalar.Write(actor.Role))
                    .Append("\n    reviewed: false");
            }
        });
        List(output, "dates", layout.Dates, (b, d) => Flow(b,
            ("text", YamlScalar.Write(d.Text)), ("type", FormatNames.Of(d.Type)), ("value", YamlScalar.Write(d.Value)),
            ("mod", YamlScalar.Write(FormatNames.Of(d.Mod))), ("sentence", YamlScalar.Write(d.Sentence))));
        List(output, "demands", layout.Demands, (b, d) => Flow(b,
            ("party", YamlScalar.Write(d.Party)), ("issue", YamlScalar.Write(d.Issue)), ("stance", FormatNames.Of(d.Stance)),
            ("text", YamlScalar.Write(d.Text)), ("sentence", YamlScalar.Write(d.Sentence)), ("actor", YamlScalar.Write(d.ActorId))));
        List(output, "quotes", layout.Quotes, (b, q) => Flow(b,
            ("speaker", YamlScalar.Write(q.Speaker)), ("text", YamlScalar.Write(q.Text)), ("sentence", YamlScalar.Write(q.Sentence))));
        List(output, "claims", layout.Claims, (b, c) => Flow(b,
            ("who", YamlScalar.Write(c.Who)), ("disputed_by", YamlScalar.Write(c.DisputedBy)), ("text", YamlScalar.Write(c.Text)), ("sentence", YamlScalar.Write(c.Sentence))));
        output.Append("---\n");
    }

    private static void Line(StringBuilder output, string key, string value) => output.Append(key).Append(": ").Append(value).Append('\n');

    private static void List<T>(StringBuilder output, string key, IReadOnlyList<T> items, Action<StringBuilder, T> item)
    {
        if (items.Count == 0)
        {
            output.Append(key).Append(": []\n");
            return;
        }
        output.Append(key).Append(":\n");
        foreach (var entry in items)
        {
            output.Append("  - ");
            item(output, entry);
            output.Append('\n');
        }
    }

    private static void Flow(StringBuilder output, params (string Key, string Value)[] fields) =>
        output.Append("{ ").AppendJoin(", ", fields.Select(f => f.Key + ": " + f.Value)).Append(" }");
}
