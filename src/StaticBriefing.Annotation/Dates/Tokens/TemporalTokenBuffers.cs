namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Token lists kept per thread between texts. Every text builds scan contexts (the tagger's, the
/// timeline finder's), and growing a fresh token list for each was the date stage's largest allocation.
/// </summary>
internal static class TemporalTokenBuffers
{
    // A text builds at most two contexts at once; a few more cover nesting without keeping much.
    private const int MaxKept = 4;

    // A hostile sentence of millions of tokens must not stay cached.
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static Stack<List<TemporalToken>>? free;

    public static List<TemporalToken> Take() => free is { Count: > 0 } lists ? lists.Pop() : [];

    /// <summary>Gives a list back; its owner must not read it any more.</summary>
    public static void Return(List<TemporalToken> tokens)
    {
        free ??= new Stack<List<TemporalToken>>(MaxKept);
        if (free.Count < MaxKept && tokens.Capacity <= MaxKeptCapacity)
        {
            tokens.Clear();
            free.Push(tokens);
        }
    }
}
