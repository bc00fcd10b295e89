using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// Where the matches of one cue set lie in a sentence, with prefix counts so "is there one in
/// [a, b)?" is answered in constant time.
/// </summary>
public sealed class TokenMarks
{
    private readonly int[] startsBefore;
    private readonly int[] endAt;

    public TokenMarks(CueSet set, SentenceTokens sentence, Func<CueMatch, bool>? keep = null)
    {
        Matches = keep is null ? set.FindAll(sentence) : set.FindAll(sentence).Where(keep).ToList();
        startsBefore = new int[sentence.Count + 1];
        endAt = new int[sentence.Count + 1];
        Array.Fill(endAt, -1);
        foreach (var match in Matches)
        {
            startsBefore[match.Start + 1]++;
            endAt[match.Start] = match.End;
        }
        for (var i = 1; i <= sentence.Count; i++)
        {
            startsBefore[i] += startsBefore[i - 1];
        }
    }

    public List<CueMatch> Matches { get; }

    /// <summary>Whether a match starts in [from, to) and ends by <paramref name="to"/>.</summary>
    public bool AnyWithin(int from, int to)
    {
        if (from >= to || startsBefore[to] - startsBefore[from] == 0)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (endAt[i] >= 0 && endAt[i] <= to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether every token in [from, to) is a one-token match of its own (a run of determiners).</summary>
    public bool EachTokenMatchedIn(int from, int to) => SkipOneTokenMatches(from, to) >= to;

    /// <summary>The first token from <paramref name="from"/> (before <paramref name="to"/>) that is not a one-token match: past "the", "both".</summary>
    public int SkipOneTokenMatches(int from, int to)
    {
        var i = from;
        while (i < to && EndOfMatchAt(i) == i + 1)
        {
            i++;
        }
        return i;
    }

    /// <summary>The end of the match starting at <paramref name="token"/>, or -1.</summary>
    public int EndOfMatchAt(int token) => token >= 0 && token < endAt.Length ? endAt[token] : -1;

    /// <summary>The index in <see cref="Matches"/> of the first match starting at or after <paramref name="token"/>.</summary>
    public int FirstIndexFrom(int token) => SortedSearch.FirstIndexFrom(Matches, token, static match => match.Start);

    /// <summary>The last match starting in [from, to), or null.</summary>
    public CueMatch? LastWithin(int from, int to)
    {
        var last = FirstIndexFrom(to) - 1;
        return last >= 0 && Matches[last].Start >= from ? Matches[last] : null;
    }
}
