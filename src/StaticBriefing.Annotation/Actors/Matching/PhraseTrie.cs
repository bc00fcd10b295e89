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
    private FrozenTrie<T>? frozen;

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
        var trie = Volatile.Read(ref frozen) ?? Freeze();
        // A walk starts after a non-word character: inside a word the scan jumps to its end and past
        // the character after it; a first character no phrase starts with costs no walk.
        var start = 0;
        while (start < text.Length)
        {
            var c = text[start];
            if (!TextChars.IsSpace(c))
            {
                var node = char.IsLower(c) ? LowerRoot : Root;
                if (trie.Child(node, TrieKeys.Fold(c)) >= 0)
                {
                    Walk(trie, node, text, start, hits, capitals);
                }
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

    private FrozenTrie<T> Freeze()
    {
        var trie = builder.Freeze();
        Volatile.Write(ref frozen, trie);
        return trie;
    }

    private static void Walk(FrozenTrie<T> trie, int node, string text, int start, List<PhraseHit<T>> hits, CapitalRuns? capitals)
    {
        var i = start;
        while (i < text.Length && trie.HasChildren(node))
        {
            int next;
            if (TextChars.IsSpace(text[i]))
            {
                var end = SkipSpace(text, i);
                if (end < 0 || (next = trie.Child(node, ' ')) < 0)
                {
                    return;
                }
                node = next;
                i = end;
                continue;
            }
            if ((next = trie.Child(node, TrieKeys.Fold(text[i]))) < 0)
            {
                return;
            }
            node = next;
            i++;
            if (trie.TerminalsAt(node) is not { } terminals || (TextChars.IsWord(text[i - 1]) && i < text.Length && TextChars.IsWord(text[i])))
            {
                continue;
            }
            foreach (var terminal in terminals)
            {
                if (terminal.Rule == CaseRule.Any || TrieKeys.CaseMatches(text, start, terminal.Phrase, terminal.Rule) || (capitals is not null && capitals.Allows(start, i)))
                {
                    hits.Add(new PhraseHit<T>(start, i, terminal.Value));
                }
            }
        }
    }

    /// <summary>The end of a run of space holding at most one line break; -1 at a paragraph break.</summary>
    private static int SkipSpace(string text, int i)
    {
        var breaks = 0;
        while (i < text.Length && TextChars.IsSpace(text[i]))
        {
            if (text[i] == '\n' && ++breaks > 1)
            {
                return -1;
            }
            i++;
        }
        return i;
    }
}
