using StaticBriefing.Pipeline;
using StaticBriefing.Site.Content;
using StaticBriefing.Site.Sources;

namespace StaticBriefing.Site;

/// <summary>
/// Everything a site build reads. Settings and taxonomy are loaded inside the pipelines (as
/// functions) so a broken data file becomes a build error, not a crash. Additional pipelines are
/// the hook for feeds, sitemap and data files: they may depend on the pipelines named in <see cref="SitePipelines"/>.
/// </summary>
public sealed record SiteInputs(
    IBriefSource Briefs,
    IBriefBodyRenderer Body,
    Func<SiteSettings> Settings,
    Func<Indexes.SiteTaxonomy> Taxonomy,
    string AssetsDirectory,
    string PagesDirectory,
    IReadOnlyList<IPipeline> AdditionalPipelines)
{
    /// <summary>The inputs of a repository: seeds/, input/, theme/.</summary>
    public static SiteInputs FromRoot(string root, IBriefSource briefs, IBriefBodyRenderer body, IReadOnlyList<IPipeline>? additional = null) => new(
        briefs,
        body,
        () => SiteSettingsReader.Read(root),
        () => TaxonomyReader.Read(root),
        Path.Combine(root, "theme", "assets"),
        Path.Combine(root, "input", "pages"),
        additional ?? []);
}
