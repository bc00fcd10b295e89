namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>
/// A trie laid out in flat arrays for scanning: each node's children side by side, the busy nodes
/// near the root with a 128-slot table for ASCII keys as well. A walk then reads a few adjacent
/// array slots per character instead of chasing node objects around the heap. Read-only.
/// </summary>
internal sealed class FrozenTrie<T>(int[] edgeStart, char[] edgeKeys, int[] edgeTargets, int[] denseStart, int[] dense, TrieTerminal<T>[]?[] terminals)
{
    /// <summary>Nodes with more children than this get a dense table.</summary>
    public const int FewMax = 4;

    /// <summary>The child of <paramref name="node"/> under <paramref name="key"/>, or -1.</summary>
    public int Child(int node, char key)
    {
        var table = denseStart[node];
        if (table >= 0 && key < 128)
        {
            return dense[table + key];
        }
        var end = edgeStart[node + 1];
        for (var edge = edgeStart[node]; edge < end; edge++)
        {
            if (edgeKeys[edge] == key)
            {
                return edgeTargets[edge];
            }
        }
        return -1;
    }

    public bool HasChildren(int node) => edgeStart[node + 1] > edgeStart[node];

    /// <summary>The phrases ending at <paramref name="node"/>, in the order they were added; null if none.</summary>
    public TrieTerminal<T>[]? TerminalsAt(int node) => terminals[node];
}
