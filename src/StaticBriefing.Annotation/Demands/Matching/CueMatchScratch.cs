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

    /// <summary>
    /// The matches of <paramref name="set"/> in the sentence, in the scratch list itself: for a caller that reads
    /// them at once and gives the list back with <see cref="Give"/>, never keeping it. No list of their own is made.
    /// </summary>
    public static List<CueMatch> Borrow(CueSet set, SentenceTokens sentence) => set.Scan(sentence, 0, -1) ?? Take();

    /// <summary>
    /// Puts back a list from <see cref="Take"/> whose matches the caller has read and no longer needs (a scan
    /// read once, then dropped). A call made while the caller held it took a list of its own.
    /// </summary>
    public static void Give(List<CueMatch> list)
    {
        // The shared empty list must never become the scratch list that matches are added to.
        if (!ReferenceEquals(list, None) && list.Capacity <= MaxKept)
        {
            scratch = list;
        }
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
