using System.Collections.Immutable;

namespace StaticBriefing.Pipeline;

/// <summary>
/// A finished build: the files to publish (sorted by path), every error, and the published paths
/// of failed items that the writer carries forward from the previous site.
/// </summary>
public sealed record BuildResult(
    ImmutableArray<OutputFile> Files,
    ImmutableArray<BuildDiagnostic> Diagnostics,
    ImmutableArray<string> Preserve)
{
    public bool Succeeded => Diagnostics.IsEmpty;

    /// <summary>False when a whole pipeline failed: publishing would lose pages, so the old site stays.</summary>
    public bool CanPublish => !Diagnostics.Any(diagnostic => diagnostic.Fatal);
}
