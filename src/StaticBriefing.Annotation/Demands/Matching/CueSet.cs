using System.Runtime.InteropServices;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A set of cue patterns indexed by their first word, matched longest-first. Each token is tried
/// against the few patterns that can start there, and gaps are bounded, so a scan is linear.
/// </summary>
public sealed class CueSet
{
    private readonly FirstWordIndex byFirstWord;
    private readonly PrefixIndex byPrefix;
    private readonly ulong bit;
    // The patterns as an array for the per-token loops (no interface call per pattern).
    private readonly CuePattern[] patterns;
    // Patterns starting with a mention slot, "*" or a short prefix, tried in order where their first element can match.
    private readonly UnindexedPatterns unindexedPatterns;
    // Every pattern starts with a word the vocabulary knows: a token without this set's bit starts none.
    private readonly bool wordIndexedOnly;

    /// <param name="vocabulary">When given, tokens carry this set's bit where one of its patterns may start.</param>
    /// <summary>Compiles cue texts the lexicon's parser has already checked into a set.</summary>
    public static CueSet Of(IEnumerable<string> cues, Vocabulary? vocabulary = null) => new(cues.Select(CuePattern.CompileChecked), vocabulary);

    public CueSet(IEnumerable<CuePattern> patterns, Vocabulary? vocabulary = null)
    {
        this.patterns = [.. patterns];
        Patterns = this.patterns;
        bit = vocabulary?.Register(Patterns) ?? 0;
        var unindexed = new List<int>();
        var prefixed = new List<(string, int)>();
        var firstWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Patterns.Count; i++)
        {
            var first = this.patterns[i].Elements[0];
            if (first.Kind == ElementKind.Word)
            {
                foreach (var word in first.Alternatives)
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(firstWords, word, out _) ??= []).Add(i);
                }
            }
            else if (first.Kind == ElementKind.Prefix && PrefixIndex.CanIndex(first.Alternatives))
            {
                prefixed.AddRange(first.Alternatives.Select(prefix => (prefix, i)));
            }
            else
            {
                unindexed.Add(i);
            }
        }
        // Without a bit (more than 64 sets) the vocabulary holds none of this set's words.
        byPrefix = new PrefixIndex(prefixed);
        byFirstWord = new FirstWordIndex(this.patterns, firstWords, bit != 0 ? vocabulary : null);
        unindexedPatterns = new UnindexedPatterns(this.patterns, unindexed);
        wordIndexedOnly = unindexed.Count == 0 && byPrefix.Count == 0 && bit != 0;
    }

    public IReadOnlyList<CuePattern> Patterns { get; }

    /// <summary>Whether the token bits alone rule out any match in the sentence (no scan needed).</summary>
    public bool CannotMatch(SentenceTokens sentence) => wordIndexedOnly && sentence.AllKnown && (sentence.Masks & bit) == 0;

    /// <summary>Non-overlapping matches in [from, to), leftmost first, the longest at each start.</summary>
    public List<CueMatch> FindAll(SentenceTokens sentence, int from = 0, int to = -1) =>
        Scan(sentence, from, to) is { } found ? CueMatchScratch.Return(found) : CueMatchScratch.None;

    /// <summary>The matches in the taken scratch list, or null for none.</summary>
    internal List<CueMatch>? Scan(SentenceTokens sentence, int from, int to)
    {
        to = to < 0 ? sentence.Count : to;
        var skipUnmarked = wordIndexedOnly && sentence.AllKnown;
        if (skipUnmarked && (sentence.Masks & bit) == 0)
        {
            return null;
        }
        var unindexedHere = unindexedPatterns.MayStartIn(sentence, from, to);
        // A token without this set's bit opens only a prefix or unindexed pattern: skipped when both gates say no.
        var skipByGates = !skipUnmarked && bit != 0 && sentence.AllKnown;
        // The scratch list is taken at the first match: most calls find none, and then share one empty list.
        List<CueMatch>? found = null;
        var tokens = CollectionsMarshal.AsSpan(sentence.Tokens);
        var i = from;
        while (i < to)
        {
            if (skipUnmarked && (tokens[i].Mask & bit) == 0)
            {
                i++;
            }
            else if (skipByGates && (tokens[i].Mask & bit) == 0 && !byPrefix.MayOpen(tokens[i].Norm)
                && !(unindexedHere && unindexedPatterns.MayStartAt(sentence, i, to)))
            {
                i++;
            }
            else if (LongestAt(sentence, i, to, unindexedHere) is { } match)
            {
                (found ??= CueMatchScratch.Take()).Add(match);
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
    public CueMatch? LongestAt(SentenceTokens sentence, int start, int to) => LongestAt(sentence, start, to, tryUnindexed: true);

    /// <param name="tryUnindexed">False when the patterns no word indexes cannot start here (<see cref="UnindexedPatterns.MayStartIn"/>).</param>
    private CueMatch? LongestAt(SentenceTokens sentence, int start, int to, bool tryUnindexed)
    {
        if (start >= sentence.Count)
        {
            return null;
        }
        CueMatch? best = null;
        var token = sentence.Tokens[start];
        var mayStart = bit == 0 || !token.Known || (token.Mask & bit) != 0;
        if (mayStart && byFirstWord.Of(token) is { } candidates)
        {
            best = Try(candidates.For(sentence, start + 1, to), sentence, start, to);
        }
        if (byPrefix.MayOpen(token.Norm))
        {
            best = CueMatch.Longer(best, Try(byPrefix.Candidates(token.Norm), sentence, start, to));
        }
        if (tryUnindexed && unindexedPatterns.Count > 0)
        {
            best = CueMatch.Longer(best, unindexedPatterns.LongestAt(patterns, sentence, start, to));
        }
        return best;
    }

    private CueMatch? Try(ReadOnlySpan<int> candidates, SentenceTokens sentence, int start, int to)
    {
        CueMatch? best = null;
        foreach (var index in candidates)
        {
            // Most candidates fail on their second word or on a later word the sentence lacks: checking here spares the matcher.
            if (!PatternMatcher.SecondMayMatch(patterns[index].Elements, sentence, start + 1, to) || !patterns[index].MayMatchIn(sentence.Sketch))
            {
                continue;
            }
            best = PatternMatcher.LongerMatch(best, index, patterns[index], sentence, start, to);
        }
        return best;
    }
}
