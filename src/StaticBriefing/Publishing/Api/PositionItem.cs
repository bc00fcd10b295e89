using StaticBriefing.Annotation.Model;
using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>A party's stance on an issue as one brief states it, with the sentence that states it.</summary>
public sealed record PositionItem(
    string Party,
    string Issue,
    Stance Stance,
    string Text,
    string? Actor,
    string? Outlet,
    string Published,
    Citation Citation);
