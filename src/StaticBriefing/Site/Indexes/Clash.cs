using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>Where one side's demand (or proposal) on an issue meets the other side's rejection.</summary>
public sealed record Clash(
    string Asking,
    string AskingLabel,
    string Rejecting,
    string RejectingLabel,
    EquatableArray<PositionStatement> Asks,
    EquatableArray<PositionStatement> Rejections);
