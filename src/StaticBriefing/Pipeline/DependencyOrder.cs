namespace StaticBriefing.Pipeline;

/// <summary>Orders pipelines so each comes after its dependencies; unknown names and cycles are errors.</summary>
public static class DependencyOrder
{
    public static IReadOnlyList<IPipeline> Sort(IReadOnlyList<IPipeline> pipelines)
    {
        var byName = new Dictionary<string, IPipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new InvalidOperationException($"two pipelines are named '{pipeline.Name}'");
            }
        }
        var ordered = new List<IPipeline>(pipelines.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var pipeline in pipelines)
        {
            Visit(pipeline, byName, state, ordered, []);
        }
        return ordered;
    }

    private static void Visit(IPipeline pipeline, Dictionary<string, IPipeline> byName, Dictionary<string, bool> state, List<IPipeline> ordered, List<string> path)
    {
        if (state.TryGetValue(pipeline.Name, out var finished))
        {
            if (!finished)
            {
                throw new InvalidOperationException($"pipelines depend on each other in a cycle: {string.Join(" -> ", path.Append(pipeline.Name))}");
            }
            return;
        }
        state[pipeline.Name] = false;
        path.Add(pipeline.Name);
        foreach (var dependency in pipeline.DependsOn)
        {
            if (!byName.TryGetValue(dependency, out var required))
            {
                throw new InvalidOperationException($"pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'");
            }
            Visit(required, byName, state, ordered, path);
        }
        path.RemoveAt(path.Count - 1);
        state[pipeline.Name] = true;
        ordered.Add(pipeline);
    }
}
