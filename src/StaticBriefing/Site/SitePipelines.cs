using System.Collections.Immutable;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Pipeline;
using StaticBriefing.Site.Assets;
using StaticBriefing.Site.Building;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Editorial;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Rendering;
using StaticBriefing.Site.Sources;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site;

/// <summary>
/// The site's pipelines: Assets, Briefs (seeds → Brief), Content, Indexes (after Briefs), Pages
/// (after all of those), then any additional ones (feeds, data).
/// </summary>
public static class SitePipelines
{
    public const string Assets = "Assets";
    public const string Briefs = "Briefs";
    public const string Content = "Content";
    public const string Indexes = "Indexes";
    public const string Pages = "Pages";
    public const string Stylesheet = "site.css";

    public static IReadOnlyList<IPipeline> Create(SiteInputs inputs, PageRenderer renderer) =>
    [
        new Pipeline<AssetSource, Asset>
        {
            Name = Assets,
            Input = _ => AssetFingerprint.Read(inputs.AssetsDirectory).Select(asset => new PipelineItem<AssetSource>("theme/assets/" + asset.RelativePath, asset)),
            Process = (asset, _) => new(AssetFingerprint.Publish(asset)),
            Output = asset => [asset.File],
        },
        new Pipeline<BriefInput, PublishedBrief>
        {
            Name = Briefs,
            Input = _ => inputs.Briefs.Discover(),
            Process = (input, _) => new(Publish(inputs, input)),
            Output = published => [OutputFile.FromText(SitePaths.BriefMarkdown(published.Brief.Metadata.Id), published.Brief.Markdown)],
        },
        new Pipeline<DataFile, ContentPage>
        {
            Name = Content,
            Input = _ => inputs.Pages().Select(file => new PipelineItem<DataFile>(file.Name, file, [SitePaths.Content(Path.GetFileNameWithoutExtension(file.Name))])),
            Process = (file, _) => new(ToContentPage(PageLoader.Parse(file))),
        },
        new Pipeline<IndexInput, SiteIndex>
        {
            Name = Indexes,
            DependsOn = [Briefs],
            Input = context => [new("all briefs", new IndexInput(
                context.Documents<PublishedBrief>(Briefs).Select(brief => brief.Brief).ToEquatableArray(),
                inputs.Taxonomy()))],
            Process = (input, _) => new(SiteIndexBuilder.Build(input.Briefs, input.Taxonomy)),
        },
        new Pipeline<PageRequest, OutputFile>
        {
            Name = Pages,
            DependsOn = [Assets, Briefs, Content, Indexes],
            Input = context => PageInputs(context, inputs),
            Process = async (request, _) => OutputFile.FromText(request.Path, await renderer.RenderAsync(request.View)),
            Output = page => [page],
        },
        .. inputs.AdditionalPipelines,
    ];

    private static ContentPage ToContentPage(EditorialPage page) => new(page.Slug, page.Title, page.Description, page.Html);

    private static PublishedBrief Publish(SiteInputs inputs, BriefInput input)
    {
        var brief = inputs.Briefs.Produce(input);
        var links = new SiteLinks(SitePaths.Brief(brief.Metadata.Id), Rooted: false, Stylesheet, "");
        return new PublishedBrief(brief, inputs.Body.Render(brief, links));
    }

    private static IEnumerable<PipelineItem<PageRequest>> PageInputs(PipelineContext context, SiteInputs inputs)
    {
        var index = context.Single<SiteIndex>(Indexes) ?? throw new InvalidOperationException("the index failed, so no pages can be built");
        var stylesheet = context.Documents<Asset>(Assets).FirstOrDefault(asset => asset.LogicalPath == Stylesheet)?.File.Path
            ?? throw new InvalidOperationException($"theme/assets/{Stylesheet} is missing");
        var taxonomy = inputs.Taxonomy();
        return PageRequests.All(index, taxonomy, context.Documents<PublishedBrief>(Briefs), context.Documents<ContentPage>(Content), inputs.Settings(), stylesheet)
            .Select(request => new PipelineItem<PageRequest>(request.Path, request, [request.Path]));
    }
}
