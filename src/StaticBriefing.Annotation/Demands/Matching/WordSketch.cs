namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A 64-bit sketch of the words a sentence holds, one bit per word by a cheap hash of its length and
/// letters. Most tries of a cue with several words fail on a later word the sentence does not hold
/// ("from .. sanctions list" at every "from"): a pattern one of whose words has no bit in the sentence's
/// sketch is not tried. Words that share a bit only let a pattern through; none is ever kept out wrongly.
/// </summary>
internal static class WordSketch
{
    public static ulong Of(string word)
    {
        if (word.Length == 0)
        {
            return 1;
        }
        var hash = ((uint)word.Length * 0x9E3779B1u) ^ (word[0] * 0x85EBCA77u) ^ (word[^1] * 0xC2B2AE3Du) ^ (word.Length > 2 ? word[1] * 0x27D4EB2Fu : 0u);
        hash *= 0x165667B1u;
        return 1UL << (int)(hash >> 26);
    }

    /// <summary>The bits of any of the words: a sentence that holds one of them has one of these bits.</summary>
    public static ulong OfAny(string[] words)
    {
        var bits = 0UL;
        foreach (var word in words)
        {
            bits |= Of(word);
        }
        return bits;
    }
}
