namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The first two characters of a set of prefixes, as one bit per pair of 7-bit codes. A word whose
/// pair has no bit starts none of them, so most words need no hash lookup; characters above 127
/// share bits, which only lets a few more words through to the lookup.
/// </summary>
internal sealed class InitialPairs
{
    private readonly ulong[] bits = new ulong[128 * 128 / 64];

    public InitialPairs(IEnumerable<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            var pair = Pair(prefix[0], prefix[1]);
            bits[pair >> 6] |= 1UL << pair;
        }
    }

    /// <summary>Whether a word of two or more characters may start with one of the prefixes.</summary>
    public bool MayStart(string word)
    {
        var pair = Pair(word[0], word[1]);
        return (bits[pair >> 6] & (1UL << pair)) != 0;
    }

    private static int Pair(char first, char second) => ((first & 127) << 7) | (second & 127);
}
