using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// A seed article after decoding and chrome stripping. Id comes from the file name and never
/// changes; Published is null when neither the text nor a sidecar gives it.
/// </summary>
public sealed record Article(
    string Id,
    string Title,
    bool TitleGenerated,
    string? Outlet,
    string? Author,
    ReferenceDate? Published,
    string? PublishedBasis,
    EquatableArray<string> Paragraphs,
    string SourceFile)
{
    /// <summary>The cleaned body the annotator reads: paragraphs joined by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
