namespace StaticBriefing.Annotation.Model;

/// <summary>TIMEX3 modifiers (the subset the gold annotations use).</summary>
public enum TimexMod
{
    None,
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
}
