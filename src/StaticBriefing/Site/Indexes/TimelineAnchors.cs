using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>The anchor of a TIMEX value on the timeline page ("d-2025-07-23"); null for values the timeline does not show.</summary>
public static class TimelineAnchors
{
    public static string? For(string value) =>
        TimexDate.Read(value, TimexType.Date, TimexMod.None) is null ? null : "d-" + value.Replace('/', '_');
}
