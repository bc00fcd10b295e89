namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Multi-token phrases ("the end of", "near-term") keyed by their first word id; a lookup costs
/// at most the length of the longest phrase, so scanning stays linear.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<int, List<(int[] Ids, T Value)>> byFirst = [];

    /// <summary>The word ids a phrase of this table can start with.</summary>
    public IEnumerable<int> FirstIds => byFirst.Keys;

    public void Add(int[] ids, T value)
    {
        if (!byFirst.TryGetValue(ids[0], out var list))
        {
            list = [];
            byFirst[ids[0]] = list;
        }
        list.Add((ids, value));
        list.Sort((a, b) => b.Ids.Length.CompareTo(a.Ids.Length));
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>: its token count (0 when none) and value.</summary>
    public int Match(IReadOnlyList<TemporalToken> tokens, int at, int end, out T value)
    {
        value = default!;
        if (at >= end || !byFirst.TryGetValue(tokens[at].WordId, out var list))
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
