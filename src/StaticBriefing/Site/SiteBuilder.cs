using StaticBriefing.Pipeline;
using StaticBriefing.Site.Rendering;

namespace StaticBriefing.Site;

/// <summary>
/// Builds the site. Keep one builder for a preview session: its engine remembers stage results,
/// so a rebuild redoes only what changed.
/// </summary>
public sealed class SiteBuilder : IAsyncDisposable
{
    private readonly PipelineEngine engine = new();
    private readonly PageRenderer renderer = new();

    public Task<BuildResult> BuildAsync(SiteInputs inputs, IBuildProgress progress, CancellationToken cancellation = default) =>
        engine.RunAsync(SitePipelines.Create(inputs, renderer), progress, cancellation);

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
