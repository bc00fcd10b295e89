using System.Collections.Immutable;

namespace StaticBriefing.Pipeline;

/// <summary>What one pipeline produced: its documents (an ImmutableArray of its document type), errors and the paths its failed items own.</summary>
public sealed record PipelineOutcome(
    string Pipeline,
    object Documents,
    ImmutableArray<BuildDiagnostic> Diagnostics,
    ImmutableArray<string> Preserve);
