using System.Runtime.InteropServices;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A per-thread list that cue matches are gathered in, then copied into a list of exactly their
/// number: a sentence builds dozens of match lists, and growing each by doubling allocated several
/// times the matches' size.
/// </summary>
internal static class CueMatchScratch
{
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static List<CueMatch>? scratch;

    /// <summary>The one empty result, shared: callers read match lists and never add to them (as with TokenMarks' empty marks).</summary>
    public static List<CueMatch> None { get; } = [];

    public static List<CueMatch> Take()
    {
        var list = scratch ?? [];
        scratch = null;
        list.Clear();
        return list;
    }

    /// <summary>The matches as a list of their own; the scratch list goes back for the next call.</summary>
    public static List<CueMatch> Return(List<CueMatch> list)
    {
        var exact = new List<CueMatch>(list.Count);
        exact.AddRange(CollectionsMarshal.AsSpan(list));
        if (list.Capacity <= MaxKept)
        {
            // A hostile sentence with millions of matches must not stay cached.
            scratch = list;
        }
        return exact;
    }
}
