using StaticBriefing.Briefs;
using StaticBriefing.Pipeline;

namespace StaticBriefing.Site.Sources;

/// <summary>Where the Briefs pipeline gets its briefs: the seeds (the real chain) or fixed records (tests).</summary>
public interface IBriefSource
{
    /// <summary>The inputs, in a stable order. May read files; errors here fail the whole pipeline.</summary>
    IEnumerable<PipelineItem<BriefInput>> Discover();

    /// <summary>Makes one brief. Must be a pure function of the input (it is memoised).</summary>
    Brief Produce(BriefInput input);
}
