namespace StaticBriefing.Pipeline;

/// <summary>Receives progress while a build runs (the console for the CLI, nothing in tests).</summary>
public interface IBuildProgress
{
    void ItemsDone(string pipeline, int done, int total);

    void PipelineDone(string pipeline, PipelineSummary summary);
}
