using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>
/// A dated event: every brief mention of the same TIMEX value and mod, gathered with its sources.
/// Key is stable across builds ("2025-07-23", "2025-W30", "2025-08-end") and names the calendar UID.
/// Disagreements are the possible date disagreements (found by the Indexes pipeline) that one of
/// its sentences takes part in on its days.
/// </summary>
public sealed record TimelineEvent(TimexDate Date, EquatableArray<TimelineSource> Sources)
{
    public string Key => KeyOf(Date.Value, Date.Mod);

    public EquatableArray<Disagreement> Disagreements { get; init; } = EquatableArray<Disagreement>.Empty;

    public bool Disputed => Disagreements.Count > 0;

    /// <summary>The first source's sentence stands for the event in summaries.</summary>
    public TimelineSource Lead => Sources[0];

    public static string KeyOf(string value, TimexMod mod)
    {
        var key = value.Replace("/", "--", StringComparison.Ordinal);
        return mod == TimexMod.None ? key : key + "-" + mod.ToString().ToLowerInvariant();
    }
}
