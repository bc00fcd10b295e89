namespace StaticBriefing.Reading;

/// <summary>
/// Where a page names its outlet: the byline's "for OUTLET", the copyright holder, a writer widget,
/// the masthead, whether the furniture shows the copyright holder to be the masthead's publisher,
/// and a furniture phrase naming the publication ("… a portal for information from NAME.").
/// </summary>
public sealed record OutletEvidence(string? Byline, string? Copyright, string? Widget, string? Masthead, bool MastheadOverPublisher)
{
    public string? Furniture { get; init; }
}
