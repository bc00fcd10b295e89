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
    private readonly Node root = new();
    // The phrases a word starting with a lower-case letter can match: not an exact name opening with a
    // capital ("Turkey"), which fails its case rule there, and no capital run holds a lower-case letter.
    private readonly Node lowerRoot = new();

    public void Add(string phrase, CaseRule rule, T value)
    {
        var terminal = new Terminal(phrase.Trim(), rule, value);
        AddPath(root, terminal);
        if (rule != CaseRule.Exact || terminal.Phrase.Length == 0 || !char.IsUpper(terminal.Phrase[0]))
        {
            AddPath(lowerRoot, terminal);
        }
    }

    private static void AddPath(Node node, Terminal terminal)
    {
        var lastWasSpace = false;
        foreach (var c in terminal.Phrase)
        {
            var key = Fold(c);
            if (key == ' ' && lastWasSpace)
            {
                continue;
            }
            lastWasSpace = key == ' ';
            node = node.Child(key) ?? node.AddChild(key);
        }
        (node.Terminals ??= []).Add(terminal);
    }

    /// <summary>
    /// Appends every match, in order of start; several phrases may match at one start. Where
    /// <paramref name="capitals"/> says the text is set in capitals, any capitalisation matches.
    /// </summary>
    public void Scan(string text, List<PhraseHit<T>> hits, CapitalRuns? capitals = null)
    {
        // A walk starts after a non-word character: inside a word the scan jumps to its end and past
        // the character after it; a first character no phrase starts with costs no walk.
        var start = 0;
        while (start < text.Length)
        {
            var c = text[start];
            if (!TextChars.IsSpace(c))
            {
                var node = char.IsLower(c) ? lowerRoot : root;
                if (node.Child(Fold(c)) is not null)
                {
                    Walk(node, text, start, hits, capitals);
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

    private static void Walk(Node node, string text, int start, List<PhraseHit<T>> hits, CapitalRuns? capitals)
    {
        var i = start;
        while (i < text.Length && node.HasChildren)
        {
            Node? next;
            if (TextChars.IsSpace(text[i]))
            {
                var end = SkipSpace(text, i);
                if (end < 0 || (next = node.Child(' ')) is null)
                {
                    return;
                }
                node = next;
                i = end;
                continue;
            }
            if ((next = node.Child(Fold(text[i]))) is null)
            {
                return;
            }
            node = next;
            i++;
            if (node.Terminals is null || (TextChars.IsWord(text[i - 1]) && i < text.Length && TextChars.IsWord(text[i])))
            {
                continue;
            }
            foreach (var terminal in node.Terminals)
            {
                if (terminal.Rule == CaseRule.Any || CaseMatches(text, start, terminal) || (capitals is not null && capitals.Allows(start, i)))
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

    private static bool CaseMatches(string text, int start, Terminal terminal)
    {
        var t = start;
        var first = true;
        foreach (var c in terminal.Phrase)
        {
            if (TextChars.IsSpace(c))
            {
                while (t < text.Length && TextChars.IsSpace(text[t]))
                {
                    t++;
                }
                continue;
            }
            var actual = text[t++];
            var same = first && terminal.Rule == CaseRule.FirstLetterFree
                ? Fold(actual) == Fold(c)
                : actual == c || (Fold(actual) == Fold(c) && !char.IsLetter(c));
            if (!same)
            {
                return false;
            }
            first &= !char.IsLetter(c);
        }
        return true;
    }

    // Turkish dotted capital İ and dotless ı fold to i, so "TÜRKİYE" in a capital line meets "Türkiye"
    // (invariant lower-casing leaves İ as it is); an exact rule still wants the letter as written.
    private static char Fold(char c) => c < 128
        ? (char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c is '\t' or '\n' or '\r' or '\f' or '\v' ? ' ' : c)
        : TextChars.IsSpace(c) ? ' ' : TextChars.IsApostrophe(c) ? '\'' : TextChars.IsHyphen(c) ? '-'
        : c is '\u0130' or '\u0131' ? 'i' : char.ToLowerInvariant(c);

    private sealed record Terminal(string Phrase, CaseRule Rule, T Value);

    /// <summary>
    /// A trie node. A few ASCII children sit in a small array searched in order; more get a
    /// 128-slot array (the busy nodes near the root); other characters a dictionary. Small nodes
    /// matter because the per-text trie of learned aliases is rebuilt for every text.
    /// </summary>
    private sealed class Node
    {
        private const int FewMax = 4;

        private char[]? fewKeys;
        private Node[]? fewNodes;
        private int fewCount;
        private Node?[]? ascii;
        private Dictionary<char, Node>? other;

        public List<Terminal>? Terminals { get; set; }

        public bool HasChildren => fewCount > 0 || ascii is not null || other is not null;

        public Node? Child(char key)
        {
            if (key >= 128)
            {
                return other is not null && other.TryGetValue(key, out var node) ? node : null;
            }
            if (ascii is not null)
            {
                return ascii[key];
            }
            for (var i = 0; i < fewCount; i++)
            {
                if (fewKeys![i] == key)
                {
                    return fewNodes![i];
                }
            }
            return null;
        }

        /// <summary>Adds a child for a key that has none yet.</summary>
        public Node AddChild(char key)
        {
            var node = new Node();
            if (key >= 128)
            {
                (other ??= [])[key] = node;
            }
            else if (ascii is not null)
            {
                ascii[key] = node;
            }
            else if (fewCount < FewMax)
            {
                (fewKeys ??= new char[FewMax])[fewCount] = key;
                (fewNodes ??= new Node[FewMax])[fewCount++] = node;
            }
            else
            {
                ascii = new Node?[128];
                for (var i = 0; i < fewCount; i++)
                {
                    ascii[fewKeys![i]] = fewNodes![i];
                }
                (fewKeys, fewNodes, fewCount) = (null, null, 0);
                ascii[key] = node;
            }
            return node;
        }
    }
}
