namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The party an apposition gives the person it describes: that of its first party adjective or named actor
/// ("a senior fellow at the Nordhavn Institute", "the Russian deputy minister", "minister-counselor at the
/// Embassy of Ukraine"), or "none".
/// </summary>
internal static class AppositionParty
{
    public static string Of(RecognitionState state, int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            if ((state.LongestAt(p, HitKind.Adjective) ?? state.LongestAt(p, HitKind.Name)) is { } hit)
            {
                return state.Table[hit.Value.Actor].Party;
            }
        }
        return "none";
    }
}
