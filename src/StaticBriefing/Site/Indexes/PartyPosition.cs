using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// A party's position on one issue: the prevailing stance (null when the citations are split
/// evenly), every stance with its count, how many independent outlets report it, and the
/// statements in publication order (the position over time).
/// </summary>
public sealed record PartyPosition(
    string Party,
    string PartyLabel,
    Stance? Prevailing,
    EquatableArray<StanceCount> Stances,
    int Outlets,
    EquatableArray<PositionStatement> Statements);
