using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>A publication date and a short phrase quoting what it rests on.</summary>
public sealed record PublicationEvidence(ReferenceDate Date, string Basis);
