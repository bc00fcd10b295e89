using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>Gold metadata; a null Title means "no headline: a generated title is right".</summary>
public sealed record GoldMetadata(
    string? Title,
    string? Outlet,
    string? Author,
    string Published,
    EquatableArray<string> Boilerplate);
