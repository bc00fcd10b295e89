using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// One sentence's version: the value it gives ("13–14 Mar 2030", "7,000, disputed by Ukraine"), its
/// own words, the source (outlet slug, or "brief:ID" when the outlet is unknown), the outlet, the
/// days for a date (null for a figure) and the sentence cited.
/// </summary>
public sealed record DisagreementVoiceItem(
    string Value,
    string Words,
    string Source,
    string? Outlet,
    DateOnly? Start,
    DateOnly? End,
    Citation Citation);
