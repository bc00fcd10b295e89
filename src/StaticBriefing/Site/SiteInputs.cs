using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;
using StaticBriefing.Pipeline;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Sources;

namespace StaticBriefing.Site;

/// <summary>
/// Everything a site build reads. Settings, taxonomy and pages are functions, called inside the
/// pipelines, so a broken data file becomes a build error, not a crash. Additional pipelines are
/// the hook for feeds, sitemap and data files: they may depend on the pipelines named in <see cref="SitePipelines"/>.
/// </summary>
public sealed record SiteInputs(
    IBriefSource Briefs,
    IBriefBodyRenderer Body,
    Func<SiteSettings> Settings,
    Func<SiteTaxonomy> Taxonomy,
    string AssetsDirectory,
    Func<IEnumerable<DataFile>> Pages,
    IReadOnlyList<IPipeline> AdditionalPipelines)
{
    /// <summary>The inputs of a repository: seeds/, input/, theme/.</summary>
    public static SiteInputs FromRoot(string root, IReadOnlyList<IPipeline>? additional = null)
    {
        var data = new RepositoryData(root);
        return new SiteInputs(
            new SeedBriefSource(data),
            new AnnotatedBodyRenderer(() => data.Vocabulary),
            () => data.Settings,
            () => TaxonomyOf(data),
            Path.Combine(root, "theme", "assets"),
            () => PageFiles(root),
            additional ?? []);
    }

    private static SiteTaxonomy TaxonomyOf(RepositoryData data) => new SiteTaxonomy(
        data.Knowledge.Actors.Parties.Select(party => new LabelledId(party.Id, party.Name)).ToEquatableArray(),
        data.Knowledge.Demands.Issues.Select(issue => new LabelledId(issue.Id, issue.Label)).ToEquatableArray())
    {
        Comparison = data.Comparison,
        Aliases = data.Knowledge.Actors.Actors.Select(actor => new ActorAliases(actor.Id, actor.Aliases)).ToEquatableArray(),
    };

    private static IEnumerable<DataFile> PageFiles(string root)
    {
        var folder = Path.Combine(root, PageLoader.Folder);
        return !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.md")
                .Order(StringComparer.Ordinal)
                .Select(path => new DataFile($"{PageLoader.Folder}/{Path.GetFileName(path)}", File.ReadAllText(path)))
                .ToList();
    }
}
