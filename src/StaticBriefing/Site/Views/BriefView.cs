using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Site.Views;

/// <summary>
/// One brief: metadata, the body HTML from the brief renderer (article text already escaped
/// there), and the side panel of actors, positions, dates, quotes and claims, each tied to its sentence.
/// </summary>
public sealed record BriefView(
    PageFrame Frame,
    BriefMetadata Metadata,
    string BodyHtml,
    EquatableArray<PartyActors> Actors,
    EquatableArray<SideDemand> Demands,
    EquatableArray<SideDate> Dates,
    EquatableArray<SideQuote> Quotes,
    EquatableArray<SideClaim> Claims) : PageView(Frame);
