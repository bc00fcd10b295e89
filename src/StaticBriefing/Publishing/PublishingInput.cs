using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing;

/// <summary>Everything the publishing stage reads, as one value, so the pipeline memoises it.</summary>
public sealed record PublishingInput(
    EquatableArray<Brief> Briefs,
    EquatableArray<string> HtmlPages,
    PublishSettings Settings,
    PublishTaxonomy Taxonomy,
    EquatableArray<PublishedFile> SearchAssets);
