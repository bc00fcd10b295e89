using System.Runtime.InteropServices;

namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Multi-token phrases ("the end of", "near-term") keyed by their first word id; a lookup costs
/// at most the length of the longest phrase, so scanning stays linear.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<int, List<Entry>> byFirst = [];
    // The same lists indexed by word id (ids are small and dense): each token tries some twenty tables, an array read each.
    private List<Entry>?[] byFirstId = [];
    private bool anyNegativeFirst;

    /// <summary>The word ids a phrase of this table can start with.</summary>
    public IEnumerable<int> FirstIds => byFirst.Keys;

    /// <summary>Each phrase's first word id and its second (null for a phrase of one word).</summary>
    public IEnumerable<(int First, int? Second)> Openings =>
        byFirst.SelectMany(pair => pair.Value.Select(entry => (pair.Key, entry.Length > 1 ? (int?)entry.Second : null)));

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
        list.Add(new Entry(ids.Length, ids.Length > 1 ? ids[1] : -1, ids, value));
        list.Sort((a, b) => b.Length.CompareTo(a.Length));
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
        // Most phrases fail on their second word, which each entry holds inline: no trip to its id array.
        var second = at + 1 < end ? tokens[at + 1].WordId : -1;
        foreach (ref readonly var entry in CollectionsMarshal.AsSpan(list))
        {
            if (at + entry.Length > end || (entry.Length > 1 && entry.Second != second))
            {
                continue;
            }
            var all = true;
            for (var k = 2; k < entry.Length && all; k++)
            {
                all = tokens[at + k].WordId == entry.Ids[k];
            }
            if (all)
            {
                value = entry.Value;
                return entry.Length;
            }
        }
        return 0;
    }

    private readonly record struct Entry(int Length, int Second, int[] Ids, T Value);
}
