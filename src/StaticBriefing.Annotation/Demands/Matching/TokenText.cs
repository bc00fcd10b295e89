namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>The normal forms of token text: words lower-cased with one apostrophe, dashes and hyphens unified.</summary>
internal static class TokenText
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// Lower-cases text[start, end) into <paramref name="buffer"/>, one apostrophe for all; returns the
    /// <see cref="WordHash"/> of the whole and of all but its last two characters (a possessive's stem).
    /// </summary>
    public static (int Hash, int HashBeforeLastTwo) Normalise(string text, int start, int end, Span<char> buffer)
    {
        var hash = WordHash.Seed;
        var beforeLastTwo = hash;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var normal = IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
            buffer[i - start] = normal;
            if (i == end - 2)
            {
                beforeLastTwo = hash;
            }
            hash = WordHash.Step(hash, normal);
        }
        return (hash, beforeLastTwo);
    }

    public static string NormalisePunctuation(char c) => c switch
    {
        '\u2013' or '\u2014' or '\u2015' => "\u2014",
        '\u2010' or '\u2011' => "-",
        < (char)128 => AsciiMarks[c],
        _ => c.ToString(),
    };

    // One shared string per ASCII mark, instead of one per comma and full stop.
    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(code => ((char)code).ToString()).ToArray();
}
