using StaticBriefing.Pipeline;
namespace StaticBriefing.Tests.Fakes;

public sealed class SilentProgress : IBuildProgress
{
    public static SilentProgress Instance { get; } = new();

    public void ItemsDone(string pipeline, int done, int total)
    {
    }

    public void PipelineDone(string pipeline, PipelineSummary summary)
    {
    }
}
