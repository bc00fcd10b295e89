using StaticBriefing.Briefs;
using StaticBriefing.Pipeline;
using StaticBriefing.Site.Urls;

using StaticBriefing.Site.Sources;

namespace StaticBriefing.Tests.Fakes;

/// <summary>Briefs given as records (tests, and the site before the reading chain is wired).</summary>
public sealed class FixedBriefSource(IReadOnlyList<Brief> briefs) : IBriefSource
{
    public IEnumerable<PipelineItem<BriefInput>> Discover() =>
        briefs
            .OrderBy(brief => brief.Metadata.Id, StringComparer.Ordinal)
            .Select(brief => new PipelineItem<BriefInput>(
                brief.SourceFile,
                new BriefInput(brief.Metadata.Id, brief.SourceFile, brief.Markdown, ""),
                SitePaths.OwnedByBrief(brief.Metadata.Id)));

    public Brief Produce(BriefInput input) =>
        briefs.FirstOrDefault(brief => brief.Metadata.Id == input.Id)
        ?? throw new InvalidOperationException($"no brief with id '{input.Id}'");
}
