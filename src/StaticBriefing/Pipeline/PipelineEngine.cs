using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace StaticBriefing.Pipeline;

/// <summary>
/// Runs pipelines: each processes as soon as its dependencies have (independent ones in
/// parallel), then all post-process, then all output. Keep one engine across builds to reuse
/// memoised results.
/// </summary>
public sealed class PipelineEngine
{
    public MemoStore Memo { get; } = new();

    public async Task<BuildResult> RunAsync(IReadOnlyList<IPipeline> pipelines, IBuildProgress progress, CancellationToken cancellation = default)
    {
        var ordered = DependencyOrder.Sort(pipelines);
        var documents = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
        var running = new Dictionary<string, Task<PipelineOutcome>>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var dependencies = pipeline.DependsOn.Select(name => running[name]).ToArray();
            running[pipeline.Name] = ProcessAfter(pipeline, dependencies, documents, progress, cancellation);
        }
        await Task.WhenAll(running.Values);

        var outcomes = ordered
            .Select(pipeline => pipeline.PostProcess(running[pipeline.Name].Result, ContextFor(pipeline, documents)))
            .ToList();
        return Collect(ordered, outcomes);
    }

    private async Task<PipelineOutcome> ProcessAfter(
        IPipeline pipeline, Task<PipelineOutcome>[] dependencies, ConcurrentDictionary<string, object> documents, IBuildProgress progress, CancellationToken cancellation)
    {
        await Task.WhenAll(dependencies);
        var outcome = await Task.Run(() => pipeline.ProcessAsync(ContextFor(pipeline, documents), Memo, progress, cancellation), cancellation);
        documents[pipeline.Name] = outcome.Documents;
        return outcome;
    }

    private static PipelineContext ContextFor(IPipeline pipeline, ConcurrentDictionary<string, object> documents) =>
        new(pipeline.Name, pipeline.DependsOn, documents);

    private static BuildResult Collect(IReadOnlyList<IPipeline> ordered, List<PipelineOutcome> outcomes)
    {
        var files = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        var diagnostics = outcomes.SelectMany(outcome => outcome.Diagnostics).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            IEnumerable<OutputFile> produced;
            try
            {
                produced = ordered[i].Output(outcomes[i]).ToList();
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var (source, line, message) = ErrorLine.Describe(error, ordered[i].Name);
                diagnostics.Add(new BuildDiagnostic(ordered[i].Name, source, line, message, Fatal: true));
                continue;
            }
            foreach (var file in produced)
            {
                if (!files.TryAdd(file.Path, file))
                {
                    diagnostics.Add(new BuildDiagnostic(ordered[i].Name, file.Path, null, "written twice; the first one is kept", Fatal: true));
                }
            }
        }
        var preserve = outcomes.SelectMany(outcome => outcome.Preserve).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        // A broken shared file fails every pipeline that reads it; say so once.
        var distinct = diagnostics.DistinctBy(diagnostic => (diagnostic.Source, diagnostic.Line, diagnostic.Message));
        return new BuildResult([.. files.Values], [.. distinct], [.. preserve]);
    }
}
