using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>
/// One walk down a trie from a start in the text, appending a hit for each phrase that ends at a
/// word boundary with the case its rule asks for (any case inside a run of capitals).
/// </summary>
internal static class TrieWalk
{
    public static void Walk<T>(FrozenTrie<T> trie, int node, string text, int start, List<PhraseHit<T>> hits, CapitalRuns? capitals)
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
