namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// A cheap case-insensitive hash (FNV-1a over ASCII letters folded by bit, other characters by
/// invariant upper case) that agrees with ordinal-ignore-case equality. Fed one character at a time,
/// so the tokenizer computes it while it reads a word.
/// </summary>
internal static class CaseFoldHash
{
    public const int Seed = unchecked((int)2166136261u);

    public static int Step(int hash, char c)
    {
        var folded = c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
        return (hash ^ folded) * 16777619;
    }

    public static int Of(ReadOnlySpan<char> text)
    {
        var hash = Seed;
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }
        return hash;
    }
}
