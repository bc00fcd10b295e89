namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The patterns of a cue set that start with one word, in order. When there are several, they are
/// also kept by their second word: at "the" only the patterns whose second word follows (and those
/// whose second element is no word) are tried, not every pattern starting with "the".
/// </summary>
internal sealed class FirstWordCandidates
{
    private const int MinIndexed = 3;

    private readonly int[] all;
    // The candidates whose second element is no word ("*", a prefix, a slot, a gap or nothing): tried whatever follows.
    private readonly int[] notWordSecond = [];
    private readonly Dictionary<string, int[]>? bySecond;

    // The sketch bits of every candidate's second word, when each candidate has a word second; else all bits.
    private readonly ulong secondBits = ulong.MaxValue;

    public FirstWordCandidates(CuePattern[] patterns, List<int> candidates)
    {
        all = [.. candidates];
        bool WordSecond(int index) => patterns[index].Elements is { Length: >= 2 } elements && elements[1].Kind == ElementKind.Word;
        if (all.All(WordSecond))
        {
            secondBits = all.Aggregate(0UL, (bits, index) => bits | WordSketch.OfAny(patterns[index].Elements[1].Alternatives));
        }
        if (all.Length < MinIndexed)
        {
            return;
        }
        notWordSecond = [.. all.Where(index => !WordSecond(index))];
        bySecond = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var second in all.Where(WordSecond).SelectMany(index => patterns[index].Elements[1].Alternatives).Distinct(StringComparer.Ordinal))
        {
            bySecond[second] = [.. all.Where(index => !WordSecond(index) || patterns[index].Elements[1].Alternatives.Contains(second, StringComparer.Ordinal))];
        }
    }

    /// <summary>The candidates that may match at a token whose next token is <paramref name="next"/> (at or past <paramref name="to"/>: none).</summary>
    public int[] For(SentenceTokens sentence, int next, int to)
    {
        // When every candidate needs a second word, a next token without one of their bits rules out them all.
        if (secondBits != ulong.MaxValue && (next >= to || (sentence.SketchOf(next) & secondBits) == 0))
        {
            return [];
        }
        if (bySecond is null)
        {
            return all;
        }
        if (next >= to)
        {
            return notWordSecond;
        }
        return bySecond.TryGetValue(sentence.Tokens[next].Norm, out var candidates) ? candidates : notWordSecond;
    }
}
