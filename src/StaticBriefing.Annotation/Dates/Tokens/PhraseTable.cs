namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Multi-token phrases ("the end of", "near-term") keyed by their first word id; a lookup costs
/// at most the length of the longest phrase, so scanning stays linear.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<int, List<(int[] Ids, T Value)>> byFirst = [];
    // The same lists indexed by word id (ids are small and dense): each token tries some twenty tables, an array read each.
    private List<(int[] Ids, T Value)>?[] byFirstId = [];
    private bool anyNegativeFirst;

    /// <summary>The word ids a phrase of this table can start with.</summary>
    public IEnumerable<int> FirstIds => byFirst.Keys;

    public void Add(int[] ids, T value)
    {
        if (!byFirst.TryGetValue(ids[0], out var list))
        {
            list = [];
            byFirst[ids[0]] = list;
            if (ids[0] < 0)
            {
                anyNegativeFirst = true;
            }
            else
            {
                Array.Resize(ref byFirstId, Math.Max(byFirstId.Length, ids[0] + 1));
                byFirstId[ids[0]] = list;
            }
        }
        list.Add((ids, value));
        list.Sort((a, b) => b.Ids.Length.CompareTo(a.Ids.Length));
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>: its token count (0 when none) and value.</summary>
    public int Match(IReadOnlyList<TemporalToken> tokens, int at, int end, out T value)
    {
        value = default!;
        if (at >= end)
        {
            return 0;
        }
        // A number has no word id (-1), and a phrase may start with any number: those are in the dictionary only.
        var id = tokens[at].WordId;
        var list = id >= 0 ? (id < byFirstId.Length ? byFirstId[id] : null) : anyNegativeFirst ? byFirst.GetValueOrDefault(id) : null;
        if (list is null)
        {
            return 0;
        }
        foreach (var (ids, candidate) in list)
        {
            if (at + ids.Length > end)
            {
                continue;
            }
            var all = true;
            for (var k = 1; k < ids.Length && all; k++)
            {
                all = tokens[at + k].WordId == ids[k];
            }
            if (all)
            {
                value = candidate;
                return ids.Length;
            }
        }
        return 0;
    }
}
