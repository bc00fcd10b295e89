namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Ids for every word and symbol the temporal data mentions, looked up case-insensitively from
/// spans of the text so tokenizing allocates no strings.
/// </summary>
internal sealed class Vocabulary
{
    private readonly FoldedWordTable ids = new();

    private readonly Dictionary<char, int> symbols = [];
    // Commas and full stops are a tenth of all tokens: ASCII symbols are read from an array, not hashed (-1: none).
    private readonly int[] asciiSymbols = Enumerable.Repeat(-1, 128).ToArray();
    private int longest;

    // For each pair of ASCII letters (case folded), a bit per length of the words that start with
    // them: most words of a text start with a pair and length no temporal word has, and are
    // rejected without hashing.
    private const int MaxFilteredLength = 63;
    private readonly ulong[] lengthsByInitials = new ulong[26 * 26];

    public int Count => ids.Count;

    /// <summary>The id of a word, adding it when new (used while loading the data).</summary>
    public int Add(ReadOnlySpan<char> word)
    {
        var hash = CaseFoldHash.Of(word);
        var id = ids.Find(word, hash);
        if (id >= 0)
        {
            return id;
        }
        id = ids.Count;
        ids.Add(word.ToString(), hash, id);
        longest = Math.Max(longest, word.Length);
        if (word.Length >= 2 && word.Length <= MaxFilteredLength && Initials(char.ToUpperInvariant(word[0]), char.ToUpperInvariant(word[1])) is var pair and >= 0)
        {
            lengthsByInitials[pair] |= 1UL << word.Length;
        }
        if (word.Length == 1)
        {
            foreach (var c in (ReadOnlySpan<char>)[char.ToUpperInvariant(word[0]), char.ToLowerInvariant(word[0])])
            {
                symbols[c] = id;
                if (c < 128)
                {
                    asciiSymbols[c] = id;
                }
            }
        }
        return id;
    }

    public int Find(ReadOnlySpan<char> word) => Find(word, CaseFoldHash.Of(word));

    /// <summary>The id of a word whose <see cref="CaseFoldHash"/> is <paramref name="hash"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word, int hash)
    {
        if (word.Length == 1)
        {
            return word[0] < 128 ? asciiSymbols[word[0]] : symbols.TryGetValue(word[0], out var symbol) ? symbol : -1;
        }
        if (word.Length > longest)
        {
            return -1;
        }
        // Ordinal-ignore-case equality compares upper cases: an ASCII pair can only meet a word whose
        // first two letters upper-case to that pair, and every such word set its bit above.
        if (word.Length <= MaxFilteredLength && Initials(word[0], word[1]) is var pair and >= 0 && (lengthsByInitials[pair] & (1UL << word.Length)) == 0)
        {
            return -1;
        }
        return ids.Find(word, hash);
    }

    /// <summary>The index of two ASCII letters in either case, or -1.</summary>
    private static int Initials(char first, char second)
    {
        var a = (first | 0x20) - 'a';
        var b = (second | 0x20) - 'a';
        return first < 128 && second < 128 && (uint)a < 26 && (uint)b < 26 ? (a * 26) + b : -1;
    }
}
