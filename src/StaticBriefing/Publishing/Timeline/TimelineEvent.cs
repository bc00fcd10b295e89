using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// A dated event: every brief mention of the same TIMEX value and mod, gathered with its sources.
/// Key is stable across builds ("2025-07-23", "2025-W30", "2025-08-end") and names the calendar UID.
/// </summary>
public sealed record TimelineEvent(TimexDate Date, EquatableArray<TimelineSource> Sources)
{
    public string Key => KeyOf(Date.Value, Date.Mod);

    /// <summary>The first source's sentence stands for the event in summaries.</summary>
    public TimelineSource Lead => Sources[0];

    public static string KeyOf(string value, TimexMod mod)
    {
        var key = value.Replace("/", "--", StringComparison.Ordinal);
        return mod == TimexMod.None ? key : key + "-" + mod.ToString().ToLowerInvariant();
    }
}
