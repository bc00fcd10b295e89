using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site;

/// <summary>The Indexes pipeline's one input: all briefs and the taxonomy (its memo key).</summary>
public sealed record IndexInput(EquatableArray<Brief> Briefs, SiteTaxonomy Taxonomy);
