using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>
/// All phrases of a lexicon in one character trie, scanned once over the text from every word
/// start, so matching costs about the length of the text whatever the number of aliases. Keys are
/// folded (lower case, one apostrophe, one hyphen, one space), so "Kremlin’s" matches "Kremlin's"
/// and a name broken by a line break or a no-break space still matches; each phrase then checks its
/// own capitalisation rule. A phrase ending in a letter must end at a word boundary.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private const int Root = 0;
    // The phrases a word starting with a lower-case letter can match: not an exact name opening with a
    // capital ("Turkey"), which fails its case rule there, and no capital run holds a lower-case letter.
    private const int LowerRoot = 1;

    private readonly TrieBuilder<T> builder = new();
    // Laid out on the first scan after phrases were added.
    private ScanTables? frozen;

    public PhraseTrie()
    {
        builder.NewRoot();
        builder.NewRoot();
    }

    public void Add(string phrase, CaseRule rule, T value)
    {
        var terminal = new TrieTerminal<T>(phrase.Trim(), rule, value);
        AddPath(Root, terminal);
        if (rule != CaseRule.Exact || terminal.Phrase.Length == 0 || !char.IsUpper(terminal.Phrase[0]))
        {
            AddPath(LowerRoot, terminal);
        }
        Volatile.Write(ref frozen, null);
    }

    private void AddPath(int node, TrieTerminal<T> terminal)
    {
        var lastWasSpace = false;
        foreach (var c in terminal.Phrase)
        {
            var key = TrieKeys.Fold(c);
            if (key == ' ' && lastWasSpace)
            {
                continue;
            }
            lastWasSpace = key == ' ';
            node = builder.ChildOrAdd(node, key);
        }
        builder.AddTerminal(node, terminal);
    }

    /// <summary>
    /// Appends every match, in order of start; several phrases may match at one start. Where
    /// <paramref name="capitals"/> says the text is set in capitals, any capitalisation matches.
    /// </summary>
    public void Scan(string text, List<PhraseHit<T>> hits, CapitalRuns? capitals = null)
    {
        var (trie, notOpening) = Volatile.Read(ref frozen) ?? Freeze();
        if (notOpening is not null)
        {
            for (var at = WalkStarts.Next(text, 0, notOpening); at >= 0; at = WalkStarts.Next(text, at + 1, notOpening))
            {
                TryWalk(trie, text, at, hits, capitals);
            }
            return;
        }
        // A walk starts after a non-word character: inside a word the scan jumps to its end and past
        // the character after it; a first character no phrase starts with costs no walk.
        var start = 0;
        while (start < text.Length)
        {
            var c = text[start];
            if (!TextChars.IsSpace(c))
            {
                TryWalk(trie, text, start, hits, capitals);
                if (TextChars.IsWord(c))
                {
                    do
                    {
                        start++;
                    }
                    while (start < text.Length && TextChars.IsWord(text[start]));
                }
            }
            start++;
        }
    }

    private ScanTables Freeze()
    {
        var trie = builder.Freeze();
        var tables = new ScanTables(trie, WalkStarts.NotOpening(c => Opens(trie, c)));
        Volatile.Write(ref frozen, tables);
        return tables;
    }

    private static bool Opens(FrozenTrie<T> trie, char c) => trie.Child(char.IsLower(c) ? LowerRoot : Root, TrieKeys.Fold(c)) >= 0;

    /// <summary>Walks from a character that is no space, if some phrase opens with it.</summary>
    private static void TryWalk(FrozenTrie<T> trie, string text, int start, List<PhraseHit<T>> hits, CapitalRuns? capitals)
    {
        var c = text[start];
        if (!TextChars.IsSpace(c) && Opens(trie, c))
        {
            TrieWalk.Walk(trie, char.IsLower(c) ? LowerRoot : Root, text, start, hits, capitals);
        }
    }

    private sealed record ScanTables(FrozenTrie<T> Trie, System.Buffers.SearchValues<char>? NotOpening);
}
