using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Publishing;

/// <summary>
/// Everything the publishing stage reads, as one value, so the pipeline memoises it. Disagreements
/// come from the Indexes pipeline's result, so they are found once per build.
/// </summary>
public sealed record PublishingInput(
    EquatableArray<Brief> Briefs,
    EquatableArray<string> HtmlPages,
    PublishSettings Settings,
    PublishTaxonomy Taxonomy,
    EquatableArray<PublishedFile> SearchAssets,
    EquatableArray<Disagreement> Disagreements);
