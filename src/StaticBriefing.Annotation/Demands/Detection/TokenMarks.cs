using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// Where the matches of one cue set lie in a sentence. Matches are few, sorted and never overlap,
/// so questions about a token range are answered by a binary search over them; no per-token arrays
/// are allocated (a sentence builds up to twenty of these).
/// </summary>
public sealed class TokenMarks
{
    public TokenMarks(CueSet set, SentenceTokens sentence)
    {
        Matches = set.FindAll(sentence);
    }

    private TokenMarks(List<CueMatch>? matches = null)
    {
        Matches = matches ?? [];
    }

    /// <summary>
    /// The marks of <paramref name="set"/> in the sentence; one shared empty instance when the token
    /// bits rule out every match, as for most sets in most sentences. Nobody adds to <see cref="Matches"/>.
    /// </summary>
    public static TokenMarks Of(CueSet set, SentenceTokens sentence) =>
        set.CannotMatch(sentence) ? None : new TokenMarks(set, sentence);

    private static readonly TokenMarks None = new();

    public List<CueMatch> Matches { get; }

    /// <summary>The marks that <paramref name="keep"/> keeps, without matching again: this instance when it keeps all.</summary>
    public TokenMarks Where(Predicate<CueMatch> keep)
    {
        if (Matches.TrueForAll(keep))
        {
            return this;
        }
        var kept = Matches.FindAll(keep);
        return kept.Count == 0 ? None : new TokenMarks(kept);
    }

    /// <summary>
    /// As <see cref="Where(Predicate{CueMatch})"/>, with a static filter and its state: this runs for
    /// every sentence, and a capturing lambda allocated a delegate and a closure each time.
    /// </summary>
    public TokenMarks Where<TState>(TState state, Func<TState, CueMatch, bool> keep)
    {
        foreach (var match in Matches)
        {
            if (!keep(state, match))
            {
                return Kept(state, keep);
            }
        }
        return this;
    }

    // Apart from Where: a lambda capturing Where's parameters had its closure allocated on every call, filtering or not.
    private TokenMarks Kept<TState>(TState state, Func<TState, CueMatch, bool> keep)
    {
        var kept = Matches.FindAll(m => keep(state, m));
        return kept.Count == 0 ? None : new TokenMarks(kept);
    }

    /// <summary>Whether a match starts in [from, to) and ends by <paramref name="to"/>.</summary>
    public bool AnyWithin(int from, int to)
    {
        if (from >= to || Matches.Count == 0)
        {
            return false;
        }
        for (var i = FirstIndexFrom(from); i < Matches.Count && Matches[i].Start < to; i++)
        {
            if (Matches[i].End <= to)
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
        if (i >= to || Matches.Count == 0)
        {
            return i;
        }
        for (var m = FirstIndexFrom(i); i < to && m < Matches.Count && Matches[m].Start == i && Matches[m].End == i + 1; m++)
        {
            i++;
        }
        return i;
    }

    /// <summary>The end of the match starting at <paramref name="token"/>, or -1.</summary>
    public int EndOfMatchAt(int token)
    {
        if (Matches.Count == 0)
        {
            return -1;
        }
        var index = FirstIndexFrom(token);
        return index < Matches.Count && Matches[index].Start == token ? Matches[index].End : -1;
    }

    /// <summary>The index in <see cref="Matches"/> of the first match starting at or after <paramref name="token"/>.</summary>
    public int FirstIndexFrom(int token) => SortedSearch.FirstIndexFrom(Matches, token, static match => match.Start);

    /// <summary>The last match starting in [from, to), or null.</summary>
    public CueMatch? LastWithin(int from, int to)
    {
        var last = FirstIndexFrom(to) - 1;
        return last >= 0 && Matches[last].Start >= from ? Matches[last] : null;
    }
}
