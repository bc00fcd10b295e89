using System.Collections.Immutable;
using System.Diagnostics;

namespace StaticBriefing.Pipeline;

/// <summary>
/// A pipeline declared by its stages. Input gathers items (from disk, or from the documents of
/// the pipelines it depends on); Process turns one item into one document and must be a pure
/// function of the item's value: it runs in parallel and is memoised by that value. PostProcess
/// sees all documents of this pipeline; Output names the files each document publishes.
/// </summary>
public sealed class Pipeline<TInput, TDocument> : IPipeline
    where TInput : notnull
{
    public required string Name { get; init; }

    public IReadOnlyList<string> DependsOn { get; init; } = [];

    public required Func<PipelineContext, IEnumerable<PipelineItem<TInput>>> Input { get; init; }

    public required Func<TInput, CancellationToken, ValueTask<TDocument>> Process { get; init; }

    public Func<ImmutableArray<TDocument>, PipelineContext, ImmutableArray<TDocument>>? PostProcess { get; init; }

    public Func<TDocument, IEnumerable<OutputFile>>? Output { get; init; }

    async Task<PipelineOutcome> IPipeline.ProcessAsync(PipelineContext context, MemoStore memo, IBuildProgress progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        ImmutableArray<PipelineItem<TInput>> items;
        try
        {
            items = [.. Input(context)];
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var (source, line, message) = ErrorLine.Describe(error, Name);
            var diagnostic = new BuildDiagnostic(Name, source, line, message, Fatal: true);
            progress.PipelineDone(Name, new PipelineSummary(0, 0, 1, clock.Elapsed));
            return new PipelineOutcome(Name, ImmutableArray<TDocument>.Empty, [diagnostic], []);
        }

        var table = memo.Table<TInput, ItemResult<TDocument>>(Name);
        table.BeginGeneration();
        var results = new ItemResult<TDocument>[items.Length];
        var reused = 0;
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, items.Length),
            new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (index, token) =>
            {
                var item = items[index];
                if (table.TryGet(item.Value, out var known))
                {
                    Interlocked.Increment(ref reused);
                    results[index] = known;
                }
                else
                {
                    results[index] = await RunOne(item, token);
                    table.Set(item.Value, results[index]);
                }
                progress.ItemsDone(Name, Interlocked.Increment(ref done), items.Length);
            });

        // Results keep input order, so parallelism never changes the output.
        var documents = ImmutableArray.CreateBuilder<TDocument>(items.Length);
        var diagnostics = ImmutableArray.CreateBuilder<BuildDiagnostic>();
        var preserve = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < items.Length; i++)
        {
            if (results[i].Failed)
            {
                diagnostics.Add(new BuildDiagnostic(Name, results[i].ErrorSource ?? items[i].Source, results[i].ErrorLine, results[i].Error!));
                preserve.AddRange(items[i].Preserve);
            }
            else
            {
                documents.Add(results[i].Document!);
            }
        }
        progress.PipelineDone(Name, new PipelineSummary(items.Length, reused, diagnostics.Count, clock.Elapsed));
        return new PipelineOutcome(Name, documents.ToImmutable(), diagnostics.ToImmutable(), preserve.ToImmutable());
    }

    PipelineOutcome IPipeline.PostProcess(PipelineOutcome processed, PipelineContext context)
    {
        if (PostProcess is null)
        {
            return processed;
        }
        try
        {
            return processed with { Documents = PostProcess((ImmutableArray<TDocument>)processed.Documents, context) };
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var (source, line, message) = ErrorLine.Describe(error, Name);
            return processed with { Diagnostics = processed.Diagnostics.Add(new BuildDiagnostic(Name, source, line, message, Fatal: true)) };
        }
    }

    IEnumerable<OutputFile> IPipeline.Output(PipelineOutcome outcome) =>
        Output is null ? [] : ((ImmutableArray<TDocument>)outcome.Documents).SelectMany(Output);

    private async Task<ItemResult<TDocument>> RunOne(PipelineItem<TInput> item, CancellationToken token)
    {
        try
        {
            return new ItemResult<TDocument>(await Process(item.Value, token), null, null, null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var (source, line, message) = ErrorLine.Describe(error, item.Source);
            return new ItemResult<TDocument>(default, message, line, source);
        }
    }
}
