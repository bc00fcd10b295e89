namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// An FNV-1a hash of a normalised word, fed one character at a time so the tokenizer can compute
/// it in the loop that lower-cases the word (<see cref="WordCache"/>).
/// </summary>
internal static class WordHash
{
    public const int Seed = unchecked((int)2166136261);

    public static int Step(int hash, char c) => (hash ^ c) * 16777619;

    public static int Of(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Step(hash, c);
        }
        return hash;
    }
}
