using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// What a stance cue governs. Its scope runs to the next stance, a scope end, a closing quote, the
/// end of the side clause it stands in, or the grammar's reach; the issues in it count while joined
/// by coordinators ("X and Y") and not shielded ("accused of …").
/// </summary>
public sealed class StanceScope(CompiledDemandLexicon lexicon, SentenceContext sentence, SentencePositions positions)
{
    /// <summary>How far before an issue a time frame may stand: past a determiner or two ("after all the talks").</summary>
    private const int TimeFrameReach = 4;

    public int End(StanceHit hit, int scopeStart, int nextStance)
    {
        var end = Math.Min(nextStance, Math.Min(sentence.Tokens.Count, scopeStart + lexicon.Grammar.MaxScope));
        var sideClauseEnd = sentence.SideClauses.EndAround(hit.Start);
        if (sideClauseEnd >= 0)
        {
            end = Math.Min(end, sideClauseEnd);
        }
        end = sentence.Clauses.ScopeBreak(scopeStart, end);
        return nextStance < sentence.Tokens.Count ? JoinedThatClause(scopeStart, end) : end;
    }

    /// <summary>
    /// "said that it rejects any truce and that the exchange must come first": a that-clause joined to the
    /// one the cue stands in, with a stance of its own further on, is not a list item of the cue. Not after
    /// "dismissed the idea that A and that B", where the joined clause is still the object.
    /// </summary>
    private int JoinedThatClause(int scopeStart, int end)
    {
        if (!sentence.ClauseBreaks.AnyWithin(0, scopeStart))
        {
            return end;
        }
        for (var i = scopeStart + 1; i < end; i++)
        {
            if (sentence.ClauseBreaks.EndOfMatchAt(i) > 0 && sentence.OpensCoordinatedClause(i))
            {
                return i;
            }
        }
        return end;
    }

    /// <summary>The issues the cue governs in [scopeStart, scopeEnd); <paramref name="anyIssue"/> says whether any issue stands there at all.</summary>
    public List<IssueHit> IssuesIn(StanceHit hit, int scopeStart, int scopeEnd, out bool anyIssue, int? firstToken = null)
    {
        var found = new List<IssueHit>();
        anyIssue = false;
        var previousEnd = scopeStart;
        var first = true;
        for (var index = sentence.FirstIssueIndexFrom(firstToken ?? hit.Start); index < sentence.Issues.Count; index++)
        {
            var issue = sentence.Issues[index];
            if (issue.Start >= scopeEnd)
            {
                break;
            }
            var gapStart = Math.Min(previousEnd, issue.Start);
            if (!first && sentence.Attributions.LastWithin(gapStart, issue.Start) is { } said && sentence.ClauseJoins.AnyWithin(gapStart, said.Start))
            {
                // "X must leave Donetsk, and Umerov said Kyiv will not trade land": a new speaker ends the list
                // (not "give up the regions it claims, drop …").
                break;
            }
            if (!first && ParticipleClauseEnd(gapStart, issue.Start, scopeEnd) is var clauseEnd && clauseEnd > issue.Start)
            {
                // "signed a shipping deal, negotiated in a working group, …": the participle clause describes what was named.
                previousEnd = clauseEnd;
                continue;
            }
            anyIssue = true;
            var shielded = sentence.Shields.AnyWithin(gapStart, issue.Start);
            // A joint cue's second issue stands on the same words as the first, and shares its fate.
            var joined = first || issue.Start < previousEnd || sentence.Coordinators.AnyWithin(gapStart, issue.Start);
            previousEnd = issue.End;
            first = false;
            if (!shielded && joined && !IsTimeFrame(issue, scopeStart) && (hit.Cue.Issues.Count == 0 || hit.Cue.Issues.Contains(issue.Issue.Id)))
            {
                found.Add(issue);
            }
        }
        return found;
    }

    /// <summary>Where a clause opened in [from, to) by a comma and a past participle (", negotiated in …,") closes: its next comma, or <paramref name="limit"/>; -1 if none opens.</summary>
    private int ParticipleClauseEnd(int from, int to, int limit)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (sentence.SideClauses.OpensParticipleClause(i + 1))
            {
                for (var end = i + 2; end < limit; end++)
                {
                    if (sentence.Tokens.Word(end) == ",")
                    {
                        return end;
                    }
                }
                return limit;
            }
        }
        return -1;
    }

    /// <summary>"ready to deploy troops after a ceasefire": the ceasefire only dates the offer ("only after" is the cue's own word).</summary>
    private bool IsTimeFrame(IssueHit issue, int scopeStart) =>
        sentence.TimeFrames.LastWithin(Math.Max(scopeStart, issue.Start - TimeFrameReach), issue.Start) is { } frame
            && sentence.Determiners.EachTokenMatchedIn(frame.End, issue.Start);

    /// <summary>Issues in [from, to) no stance has governed yet, and not shielded ("accusations of …").</summary>
    public IEnumerable<IssueHit> IssuesBefore(int from, int to) => IssuesBefore(from, to, to);

    /// <summary>The issues before <paramref name="to"/> and one that spans it.</summary>
    public IEnumerable<IssueHit> IssuesOpenedBefore(int from, int to) => IssuesBefore(from, to, int.MaxValue);

    private IEnumerable<IssueHit> IssuesBefore(int from, int to, int endBound)
    {
        // A clause's subject stands near its verb; the bound keeps a run-on "sentence" linear.
        from = Math.Max(from, to - lexicon.Grammar.MaxScope);
        for (var index = sentence.FirstIssueIndexFrom(from); index < sentence.Issues.Count && sentence.Issues[index].Start < to; index++)
        {
            var issue = sentence.Issues[index];
            if (issue.End > endBound)
            {
                continue;
            }
            if (!positions.IsGoverned(issue) && !sentence.Shields.AnyWithin(from, issue.Start))
            {
                yield return issue;
            }
        }
    }
}
