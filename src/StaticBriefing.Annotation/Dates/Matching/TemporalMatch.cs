using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>A temporal expression over tokens [First, End) with its TIMEX3 reading; <see cref="Anchor"/> lets a list borrow its month.</summary>
internal readonly record struct TemporalMatch(int First, int End, TimexType Type, string Value, TimexMod Mod, DayAnchor? Anchor = null)
{
    public int Length => End - First;
}
