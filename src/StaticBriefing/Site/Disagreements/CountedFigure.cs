using StaticBriefing.Briefs;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Disagreements;

/// <summary>A figure a claim gives, the noun it counts ("bodies"), and the claim it comes from.</summary>
public sealed record CountedFigure(IndexedBrief Brief, BriefClaim Claim, decimal Figure, string Written, string Unit, string UnitAsWritten);
