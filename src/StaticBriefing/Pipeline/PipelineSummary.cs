namespace StaticBriefing.Pipeline;

/// <summary>Counts for one pipeline run: items processed, reused from the memo, failed.</summary>
public sealed record PipelineSummary(int Items, int Reused, int Failed, TimeSpan Elapsed);
