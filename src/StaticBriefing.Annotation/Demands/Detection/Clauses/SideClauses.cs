using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Clauses;

/// <summary>
/// Side clauses of one sentence (", who …,", ", drafted by X in May,") as [opening comma,
/// closing comma], sorted by start: what is said inside stays inside.
/// </summary>
public sealed class SideClauses(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private const int MaxLength = 30;

    private List<(int Start, int End)>? spans;

    public List<(int Start, int End)> Spans => spans ??= Find();

    /// <summary>The closing comma of the side clause holding <paramref name="token"/>, or -1.</summary>
    public int EndAround(int token) =>
        LastStartingBefore(token) is var index && index >= 0 && token < Spans[index].End ? Spans[index].End : -1;

    /// <summary>Whether <paramref name="token"/> lies in a side clause opened by a past participle: background, not a new stance.</summary>
    public bool InReducedClause(int token) =>
        LastStartingBefore(token) is var index && index >= 0 && token < Spans[index].End && sentence.Relatives.EndOfMatchAt(Spans[index].Start + 1) < 0;

    /// <summary>", drafted by X …": a past participle right after a comma opens a clause describing what was named.</summary>
    public bool OpensParticipleClause(int token) =>
        token > 0 && sentence.Tokens.Word(token - 1) == "," && sentence.HasWordEnding(token, lexicon.Grammar.PastParticipleEndings);

    /// <summary>The index of the last side clause starting before <paramref name="token"/>, or -1.</summary>
    public int LastStartingBefore(int token) => SortedSearch.FirstIndexFrom(Spans, token, static span => span.Start) - 1;

    private List<(int Start, int End)> Find()
    {
        var tokens = sentence.Tokens;
        var found = new List<(int, int)>();
        // Openers in order of start: relative words (sorted, never overlapping) merged with participles after
        // a comma, a relative first where both start at one token (as the stable sort over both lists did).
        var relatives = sentence.Relatives.Matches;
        var r = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            for (; r < relatives.Count && (i == tokens.Count || relatives[r].Start <= i); r++)
            {
                AddSpan(relatives[r].Start, relatives[r].End, found);
            }
            if (i < tokens.Count && OpensParticipleClause(i))
            {
                AddSpan(i, i + 1, found);
            }
        }
        return found;
    }

    /// <summary>The side clause an opener at [start, end) begins, if a comma stands before it and closes it soon.</summary>
    private void AddSpan(int start, int end, List<(int Start, int End)> found)
    {
        var tokens = sentence.Tokens;
        if (start == 0 || tokens.Word(start - 1) != ",")
        {
            return;
        }
        var limit = Math.Min(tokens.Count, end + MaxLength);
        for (var i = end; i < limit; i++)
        {
            if (tokens.Word(i) == ",")
            {
                found.Add((start - 1, i));
                return;
            }
            if (sentence.ScopeEnds.EndOfMatchAt(i) > 0 && !tokens.Tokens[i].IsWord)
            {
                return;
            }
        }
    }
}
