namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>
/// A trie's nodes while phrases are added: flat lists, each node's children chained through
/// sibling links, so a node costs no object of its own (the per-text trie of learned aliases is
/// rebuilt for every text). <see cref="Freeze"/> lays the nodes out for scanning.
/// </summary>
internal sealed class TrieBuilder<T>
{
    private readonly List<char> keys = [];
    private readonly List<int> firstChild = [];
    private readonly List<int> nextSibling = [];
    private readonly List<List<TrieTerminal<T>>?> terminals = [];

    /// <summary>A node with no parent (a root); the first one made is node 0.</summary>
    public int NewRoot() => NewNode('\0');

    /// <summary>The child of <paramref name="node"/> under <paramref name="key"/>, made if it is missing.</summary>
    public int ChildOrAdd(int node, char key)
    {
        var last = -1;
        for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
        {
            if (keys[child] == key)
            {
                return child;
            }
            last = child;
        }
        var added = NewNode(key);
        // Appended, so children keep the order they were added in.
        if (last < 0)
        {
            firstChild[node] = added;
        }
        else
        {
            nextSibling[last] = added;
        }
        return added;
    }

    public void AddTerminal(int node, TrieTerminal<T> terminal) => (terminals[node] ??= []).Add(terminal);

    public FrozenTrie<T> Freeze()
    {
        var count = keys.Count;
        var edgeStart = new int[count + 1];
        var edgeKeys = new char[count];
        var edgeTargets = new int[count];
        var denseStart = new int[count];
        var dense = new List<int>();
        var frozenTerminals = new TrieTerminal<T>[]?[count];
        var edge = 0;
        for (var node = 0; node < count; node++)
        {
            edgeStart[node] = edge;
            for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
            {
                edgeKeys[edge] = keys[child];
                edgeTargets[edge++] = child;
            }
            denseStart[node] = edge - edgeStart[node] > FrozenTrie<T>.FewMax ? DenseTable(edgeKeys, edgeTargets, edgeStart[node], edge, dense) : -1;
            frozenTerminals[node] = terminals[node]?.ToArray();
        }
        edgeStart[count] = edge;
        return new FrozenTrie<T>(edgeStart, edgeKeys, edgeTargets, denseStart, [.. dense], frozenTerminals);
    }

    /// <summary>Appends a 128-slot table of a busy node's ASCII children (-1: none) and returns where it starts.</summary>
    private static int DenseTable(char[] edgeKeys, int[] edgeTargets, int from, int to, List<int> dense)
    {
        var start = dense.Count;
        dense.AddRange(Enumerable.Repeat(-1, 128));
        for (var edge = from; edge < to; edge++)
        {
            if (edgeKeys[edge] < 128)
            {
                dense[start + edgeKeys[edge]] = edgeTargets[edge];
            }
        }
        return start;
    }

    private int NewNode(char key)
    {
        keys.Add(key);
        firstChild.Add(-1);
        nextSibling.Add(-1);
        terminals.Add(null);
        return keys.Count - 1;
    }
}
