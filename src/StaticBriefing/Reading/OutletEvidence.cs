namespace StaticBriefing.Reading;

/// <summary>
/// Where a page names its outlet: the byline's "for OUTLET", the copyright holder, a writer widget,
/// the masthead, and whether the furniture shows the copyright holder to be the masthead's publisher.
/// </summary>
public sealed record OutletEvidence(string? Byline, string? Copyright, string? Widget, string? Masthead, bool MastheadOverPublisher);
