namespace StaticBriefing.Annotation.Model;

/// <summary>
/// A numeric or factual claim: [Start, End) covers the figure ("over 7,000 bodies"). Who is an
/// actor id, a party, or "narrator"; DisputedBy likewise, or null when the text records no dispute.
/// </summary>
public sealed record ClaimAnnotation(int Start, int End, int Sentence, string Who, string? DisputedBy);
