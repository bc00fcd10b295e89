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

    /// <summary>The index of the last side clause starting before <paramref name="token"/>, or -1.</summary>
    public int LastStartingBefore(int token) => SortedSearch.FirstIndexFrom(Spans, token, static span => span.Start) - 1;

    private List<(int Start, int End)> Find()
    {
        var tokens = sentence.Tokens;
        var found = new List<(int, int)>();
        var openers = sentence.Relatives.Matches.Select(match => (match.Start, match.End)).ToList();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens.Word(i - 1) == "," && sentence.HasWordEnding(i, lexicon.Grammar.PastParticipleEndings))
            {
                openers.Add((i, i + 1));
            }
        }
        foreach (var opener in openers.OrderBy(opener => opener.Start))
        {
            if (opener.Start == 0 || tokens.Word(opener.Start - 1) != ",")
            {
                continue;
            }
            var limit = Math.Min(tokens.Count, opener.End + MaxLength);
            for (var i = opener.End; i < limit; i++)
            {
                if (tokens.Word(i) == ",")
                {
                    found.Add((opener.Start - 1, i));
                    break;
                }
                if (sentence.ScopeEnds.EndOfMatchAt(i) > 0 && !tokens.Tokens[i].IsWord)
                {
                    break;
                }
            }
        }
        return found;
    }
}
