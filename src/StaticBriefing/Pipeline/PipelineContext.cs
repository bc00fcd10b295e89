using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace StaticBriefing.Pipeline;

/// <summary>
/// What a running pipeline may read: the processed documents of the pipelines it declared as
/// dependencies, and nothing else, so the dependency graph is the truth about data flow.
/// </summary>
public sealed class PipelineContext
{
    private readonly ConcurrentDictionary<string, object> documents;
    private readonly IReadOnlyList<string> dependencies;

    internal PipelineContext(string pipeline, IReadOnlyList<string> dependencies, ConcurrentDictionary<string, object> documents)
    {
        Pipeline = pipeline;
        this.dependencies = dependencies;
        this.documents = documents;
    }

    public string Pipeline { get; }

    public ImmutableArray<T> Documents<T>(string pipeline)
    {
        if (!dependencies.Contains(pipeline, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"pipeline '{Pipeline}' reads '{pipeline}' but does not depend on it");
        }
        if (!documents.TryGetValue(pipeline, out var found))
        {
            throw new InvalidOperationException($"pipeline '{pipeline}' has not processed yet");
        }
        return found as ImmutableArray<T>? ?? throw new InvalidOperationException(
            $"pipeline '{pipeline}' produces {found.GetType().GenericTypeArguments.FirstOrDefault()?.Name}, not {typeof(T).Name}");
    }

    /// <summary>The single document of a pipeline that produces exactly one (an index); null when it failed.</summary>
    public T? Single<T>(string pipeline)
        where T : class => Documents<T>(pipeline) is [var only] ? only : null;
}
