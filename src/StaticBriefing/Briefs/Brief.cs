using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

/// <summary>
/// The one thing every page is rendered from, parsed from a brief's annotated Markdown.
/// Body is the Markdown after the front matter (rendered to HTML by the span extension);
/// Markdown is the whole file, published beside the page.
/// </summary>
public sealed record Brief(
    BriefMetadata Metadata,
    EquatableArray<BriefActor> Actors,
    EquatableArray<BriefSentence> Sentences,
    EquatableArray<BriefMention> Mentions,
    EquatableArray<BriefDate> Dates,
    EquatableArray<BriefDemand> Demands,
    EquatableArray<BriefQuote> Quotes,
    EquatableArray<BriefClaim> Claims,
    string Body,
    string Markdown,
    string SourceFile);
