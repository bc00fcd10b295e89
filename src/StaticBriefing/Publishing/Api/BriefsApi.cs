using StaticBriefing.Annotation.Model;

using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing.Api;

/// <summary>Builds /api/briefs.json: briefs newest first, actor and issue ids sorted, sentences in reading order.</summary>
public static class BriefsApi
{
    public const string Path = "api/briefs.json";

    public static BriefsDocument Build(IEnumerable<Brief> briefs, PublishSettings settings)
    {
        var urls = AbsoluteUrls.For(settings);
        return new BriefsDocument(
            ApiJson.Version,
            settings.BaseUrl,
            BriefOrder.NewestFirst(briefs).Select(brief => Item(brief, urls)).ToEquatableArray());
    }

    public static PublishedFile Create(IEnumerable<Brief> briefs, PublishSettings settings) =>
        ApiJson.File(Path, Build(briefs, settings));

    private static BriefItem Item(Brief brief, AbsoluteUrls urls)
    {
        var meta = brief.Metadata;
        return new BriefItem(
            meta.Id,
            meta.Title,
            meta.TitleGenerated,
            meta.Outlet,
            meta.Author,
            meta.Published.ToString(),
            meta.PublishedBasis,
            meta.Source,
            urls.Brief(meta.Id),
            urls.BriefMarkdown(meta.Id),
            BriefSummary.Of(brief),
            brief.Actors.Select(a => a.Id).Distinct().Order(StringComparer.Ordinal).ToEquatableArray(),
            brief.Demands.Select(d => d.Issue).Distinct().Order(StringComparer.Ordinal).ToEquatableArray(),
            brief.Sentences.Select(s => new SentenceItem(s.Anchor, s.Paragraph, s.Text, urls.Sentence(meta.Id, s.Anchor))).ToEquatableArray());
    }
}
