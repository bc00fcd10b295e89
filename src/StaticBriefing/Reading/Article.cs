using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// A seed article after decoding and chrome stripping. Id comes from the file name and never
/// changes; Published is null when neither the text nor a sidecar gives it. Headline is the
/// article's own headline line, read as its first sentence; null when it has none (the title is
/// generated) or a sidecar replaces the title.
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
    public string? Headline { get; init; }

    /// <summary>The body after chrome stripping: the paragraphs joined by a blank line.</summary>
    public string Body => string.Join("\n\n", Paragraphs);

    /// <summary>The cleaned text the annotator reads: the headline, then the body.</summary>
    public string Text => Headline is null ? Body : Headline + "\n\n" + Body;
}
