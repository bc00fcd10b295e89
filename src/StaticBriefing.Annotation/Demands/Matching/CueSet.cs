namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A set of cue patterns indexed by their first word, matched longest-first. Each token is tried
/// against the few patterns that can start there, and gaps are bounded, so a scan is linear.
/// </summary>
public sealed class CueSet
{
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.Ordinal);
    private readonly List<int> unindexed = [];

    public CueSet(IEnumerable<CuePattern> patterns)
    {
        Patterns = patterns.ToList();
        for (var i = 0; i < Patterns.Count; i++)
        {
            var first = Patterns[i].Elements[0];
            if (first.Kind == ElementKind.Word)
            {
                foreach (var word in first.Alternatives)
                {
                    if (!byFirstWord.TryGetValue(word, out var list))
                    {
                        byFirstWord[word] = list = [];
                    }
                    list.Add(i);
                }
            }
            else
            {
                unindexed.Add(i);
            }
        }
    }

    public IReadOnlyList<CuePattern> Patterns { get; }

    /// <summary>Non-overlapping matches in [from, to), leftmost first, the longest at each start.</summary>
    public List<CueMatch> FindAll(SentenceTokens sentence, int from = 0, int to = -1)
    {
        to = to < 0 ? sentence.Count : to;
        var found = new List<CueMatch>();
        var i = from;
        while (i < to)
        {
            if (LongestAt(sentence, i, to) is { } match)
            {
                found.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>The longest match starting at token <paramref name="start"/> and ending by <paramref name="to"/>.</summary>
    public CueMatch? LongestAt(SentenceTokens sentence, int start, int to)
    {
        CueMatch? best = null;
        if (byFirstWord.TryGetValue(sentence.Word(start), out var candidates))
        {
            best = Better(best, Try(candidates, sentence, start, to));
        }
        return Better(best, Try(unindexed, sentence, start, to));
    }

    private CueMatch? Try(List<int> candidates, SentenceTokens sentence, int start, int to)
    {
        CueMatch? best = null;
        foreach (var index in candidates)
        {
            MentionSpan? agent = null;
            var end = PatternMatcher.Match(Patterns[index], sentence, start, to, ref agent);
            if (end > start)
            {
                best = Better(best, new CueMatch(index, start, end, agent));
            }
        }
        return best;
    }

    private static CueMatch? Better(CueMatch? a, CueMatch? b) =>
        a is null ? b : b is null ? a : b.Value.End > a.Value.End ? b : a;
}
