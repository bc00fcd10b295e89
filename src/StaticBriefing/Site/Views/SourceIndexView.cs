using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

/// <summary>The outlets, and every possible disagreement between them (each listed once, with an id to link to).</summary>
public sealed record SourceIndexView(PageFrame Frame, EquatableArray<SourceProfile> Sources, EquatableArray<Disagreement> Disagreements) : PageView(Frame);
