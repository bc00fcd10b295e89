using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// A temporal expression over tokens [First, End) with its TIMEX3 reading; <see cref="Anchor"/> lets a list
/// borrow its month. <see cref="RefersBack"/> marks a part of the day last named ("that night"), which
/// names no new day for the next "the same day".
/// </summary>
internal readonly record struct TemporalMatch(int First, int End, TimexType Type, string Value, TimexMod Mod, DayAnchor? Anchor = null, bool RefersBack = false)
{
    public int Length => End - First;

    /// <summary>The candidate covering most tokens, the first on a tie; a span of candidates costs no allocation.</summary>
    public static TemporalMatch? Longest(params ReadOnlySpan<TemporalMatch?> candidates)
    {
        TemporalMatch? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate is { } c && (best is null || c.Length > best.Value.Length))
            {
                best = c;
            }
        }
        return best;
    }
}
