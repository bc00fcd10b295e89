using System.Text.Json.Nodes;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing.Meta;

/// <summary>
/// schema.org NewsArticle for a brief. Serialised with System.Text.Json's default encoder, which
/// escapes '&lt;', '&gt;', '&amp;' and quotes, so article text cannot close the script element.
/// </summary>
public static class NewsArticleJsonLd
{
    public static string Create(Brief brief, PublishSettings settings)
    {
        var meta = brief.Metadata;
        var url = AbsoluteUrls.For(settings).Brief(meta.Id);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = BriefSummary.Shorten(meta.Title, 110),
            ["description"] = BriefSummary.Of(brief, 300),
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = meta.Published.ToString(),
            ["inLanguage"] = settings.Language,
            ["isAccessibleForFree"] = true,
        };
        if (meta.Author is { } author)
        {
            article["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }
        article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = meta.Outlet ?? settings.Title };
        var about = new JsonArray();
        foreach (var actor in brief.Actors.Where(a => a.Reviewed).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            about.Add(new JsonObject { ["@type"] = SchemaType(actor.Kind), ["name"] = actor.Name });
        }
        if (about.Count > 0)
        {
            article["about"] = about;
        }
        return article.ToJsonString();
    }

    private static string SchemaType(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Organisation => "Organization",
        ActorKind.State => "Country",
        _ => "Thing",
    };
}
