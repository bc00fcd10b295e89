namespace StaticBriefing.Pipeline;

/// <summary>
/// A named pipeline as the engine sees it. The phases run in Statiq's order: Input and Process
/// (after the pipelines this one depends on have processed), then PostProcess (after every
/// pipeline has processed), then Output. <see cref="Pipeline{TInput,TDocument}"/> is the one implementation.
/// </summary>
public interface IPipeline
{
    string Name { get; }

    IReadOnlyList<string> DependsOn { get; }

    Task<PipelineOutcome> ProcessAsync(PipelineContext context, MemoStore memo, IBuildProgress progress, CancellationToken cancellation);

    PipelineOutcome PostProcess(PipelineOutcome processed, PipelineContext context);

    IEnumerable<OutputFile> Output(PipelineOutcome outcome);
}
