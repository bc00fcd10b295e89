using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Views;

/// <summary>
/// One brief: metadata, the headline and body HTML from the brief renderer (article text already
/// escaped there; no headline HTML when the title is generated or replaced), and the side panel of actors, positions, dates, quotes and claims, each tied to its sentence,
/// and the possible disagreements with other sources that its sentences take part in.
/// </summary>
public sealed record BriefView(
    PageFrame Frame,
    BriefMetadata Metadata,
    string? HeadlineHtml,
    string BodyHtml,
    EquatableArray<PartyActors> Actors,
    EquatableArray<SideDemand> Demands,
    EquatableArray<SideDate> Dates,
    EquatableArray<SideQuote> Quotes,
    EquatableArray<SideClaim> Claims,
    EquatableArray<Disagreement> Disagreements) : PageView(Frame);
