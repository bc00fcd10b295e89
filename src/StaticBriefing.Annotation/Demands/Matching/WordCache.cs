namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The words a tokenizer has looked up, by their normalised text: an open-addressing table keyed
/// by a hash the tokenizer computes while it normalises (<see cref="WordHash"/>), so a word's
/// characters are read once, not again to hash it. Holds at most a given number of words.
/// </summary>
internal sealed class WordCache(int maxEntries)
{
    private int[] hashes = new int[1024];
    private VocabularyWord[] words = new VocabularyWord[1024];
    private int count;

    public void Clear()
    {
        Array.Clear(words);
        count = 0;
    }

    /// <summary>The word stored for <paramref name="text"/>, whose <see cref="WordHash"/> is <paramref name="hash"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> text, int hash, out VocabularyWord word)
    {
        var mask = words.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = words[slot];
            if (entry.Text is null)
            {
                word = default;
                return false;
            }
            if (hashes[slot] == hash && text.SequenceEqual(entry.Text))
            {
                word = entry;
                return true;
            }
        }
    }

    /// <summary>Stores a word not stored yet, unless the cache is full.</summary>
    public void Add(int hash, VocabularyWord word)
    {
        if (count >= maxEntries)
        {
            return;
        }
        // At most half full, so a probe soon meets an empty slot.
        if ((count + 1) * 2 > words.Length)
        {
            Grow();
        }
        Insert(hash, word);
        count++;
    }

    private void Insert(int hash, VocabularyWord word)
    {
        var mask = words.Length - 1;
        var slot = hash & mask;
        while (words[slot].Text is not null)
        {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        words[slot] = word;
    }

    private void Grow()
    {
        var (oldHashes, oldWords) = (hashes, words);
        hashes = new int[oldWords.Length * 2];
        words = new VocabularyWord[oldWords.Length * 2];
        for (var i = 0; i < oldWords.Length; i++)
        {
            if (oldWords[i].Text is not null)
            {
                Insert(oldHashes[i], oldWords[i]);
            }
        }
    }
}
