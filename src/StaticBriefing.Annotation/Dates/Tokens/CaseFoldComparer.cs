namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Case-insensitive string keys looked up from spans, with a cheap hash (ASCII letters folded by
/// bit, other characters by invariant upper case) that agrees with ordinal-ignore-case equality.
/// </summary>
internal sealed class CaseFoldComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static CaseFoldComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.Equals(other, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            var folded = c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
            hash = (hash ^ folded) * 16777619u;
        }
        return (int)hash;
    }
}
