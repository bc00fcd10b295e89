using System.Text;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Editorial;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;
using StaticBriefing.Site.Disagreements;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Publishing;

/// <summary>
/// The "Publishing" pipeline: after Briefs, Indexes and Pages, writes the feed, sitemap, robots.txt, data API,
/// calendar, SVG timeline (<see cref="PublishingFiles"/>) and the search page's script and stylesheet.
/// Registered through <see cref="SiteInputs.AdditionalPipelines"/> (<see cref="With"/>).
/// </summary>
public static class PublishingPipeline
{
    public const string Name = "Publishing";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The inputs with this pipeline added.</summary>
    public static SiteInputs With(SiteInputs inputs, string root) =>
        inputs with { AdditionalPipelines = [.. inputs.AdditionalPipelines, Create(inputs, root)] };

    public static IPipeline Create(SiteInputs inputs, string root) => new Pipeline<PublishingInput, EquatableArray<PublishedFile>>
    {
        Name = Name,
        DependsOn = [SitePipelines.Briefs, SitePipelines.Indexes, SitePipelines.Pages],
        Input = context =>
        {
            var briefs = context.Documents<PublishedBrief>(SitePipelines.Briefs).Select(b => b.Brief).ToEquatableArray();
            var pages = context.Documents<OutputFile>(SitePipelines.Pages).Select(f => f.Path).ToEquatableArray();
            // A failed index already fails the Pages pipeline (and so the build): nothing to compare then.
            var disagreements = context.Single<SiteIndex>(SitePipelines.Indexes)?.Disagreements ?? EquatableArray<Disagreement>.Empty;
            var input = new PublishingInput(briefs, pages, Settings(inputs.Settings()), Taxonomy(briefs, inputs.Taxonomy(), root), SearchAssets(root), disagreements);
            return [new PipelineItem<PublishingInput>("feeds, sitemap and data", input)];
        },
        Process = (input, _) => new(PublishingFiles.Create(input.Briefs, input.Settings, input.Taxonomy, input.HtmlPages, input.Disagreements)
            .Concat(input.SearchAssets).ToEquatableArray()),
        // Bytes as written: the calendar's CRLF line ends are required by RFC 5545.
        Output = files => files.Select(file => new OutputFile(file.Path, Utf8.GetBytes(file.Content).ToEquatableArray())),
    };

    public static PublishSettings Settings(SiteSettings site) =>
        PublishSettings.Create(site.BaseUrl, site.Title, site.Description, site.Language);

    /// <summary>Labels as the pages show them (the site's taxonomy); aliases from input/actors.yml.</summary>
    public static PublishTaxonomy Taxonomy(IEnumerable<Brief> briefs, SiteTaxonomy site, string root)
    {
        var list = briefs.ToList();
        var parties = list.SelectMany(b => b.Actors.Select(a => a.Party).Concat(b.Demands.Select(d => d.Party)))
            .Distinct().Order(StringComparer.Ordinal).Select(id => new PartyName(id, site.PartyLabel(id)));
        var issues = list.SelectMany(b => b.Demands.Select(d => d.Issue))
            .Distinct().Order(StringComparer.Ordinal).Select(id => new IssueDefinition(id, site.IssueLabel(id), EquatableArray<string>.Empty));
        var actors = KnowledgeLoader.Load(root).Actors.Actors;
        return new PublishTaxonomy(actors, issues.ToEquatableArray(), parties.ToEquatableArray());
    }

    /// <summary>The search page's script and stylesheet (theme/Search/search.*), published beside it in search/.</summary>
    private static EquatableArray<PublishedFile> SearchAssets(string root)
    {
        var folder = Path.Combine(root, "theme", "Search");
        return !Directory.Exists(folder)
            ? EquatableArray<PublishedFile>.Empty
            : Directory.EnumerateFiles(folder)
                .Where(file => Path.GetExtension(file) is ".js" or ".css")
                .Order(StringComparer.Ordinal)
                .Select(file => new PublishedFile("search/" + Path.GetFileName(file), File.ReadAllText(file)))
                .ToEquatableArray();
    }
}
