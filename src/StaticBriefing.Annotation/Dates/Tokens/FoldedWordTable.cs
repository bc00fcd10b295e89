namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Words and their ids in an open-addressing table keyed by the case-folded hash of
/// <see cref="CaseFoldHash"/>, which the tokenizer computes as it reads a word: a lookup then
/// reads the word once more only to compare it with a stored one of the same hash.
/// </summary>
internal sealed class FoldedWordTable
{
    private int[] hashes = new int[64];
    private string?[] words = new string?[64];
    private int[] ids = new int[64];

    public int Count { get; private set; }

    /// <summary>The id of <paramref name="word"/>, whose folded hash is <paramref name="hash"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word, int hash)
    {
        var mask = words.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            if (words[slot] is not { } stored)
            {
                return -1;
            }
            if (hashes[slot] == hash && word.Equals(stored, StringComparison.OrdinalIgnoreCase))
            {
                return ids[slot];
            }
        }
    }

    /// <summary>Adds a word that is not in the table yet.</summary>
    public void Add(string word, int hash, int id)
    {
        // At most half full, so a probe soon meets an empty slot.
        if ((Count + 1) * 2 > words.Length)
        {
            Grow();
        }
        Insert(word, hash, id);
        Count++;
    }

    private void Insert(string word, int hash, int id)
    {
        var mask = words.Length - 1;
        var slot = hash & mask;
        while (words[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }
        (words[slot], hashes[slot], ids[slot]) = (word, hash, id);
    }

    private void Grow()
    {
        var (oldWords, oldHashes, oldIds) = (words, hashes, ids);
        words = new string?[oldWords.Length * 2];
        hashes = new int[oldWords.Length * 2];
        ids = new int[oldWords.Length * 2];
        for (var i = 0; i < oldWords.Length; i++)
        {
            if (oldWords[i] is { } word)
            {
                Insert(word, oldHashes[i], oldIds[i]);
            }
        }
    }
}
