namespace StaticBriefing.Annotation.Model;

/// <summary>
/// A temporal expression: [Start, End) offsets, its sentence, and its TIMEX3 value
/// ("2025-07-23", "2025-08", "2025-W30", "P50D", "PRESENT_REF", "2022-08/2022-09", …).
/// </summary>
public sealed record DateAnnotation(int Start, int End, int Sentence, TimexType Type, string Value, TimexMod Mod);
