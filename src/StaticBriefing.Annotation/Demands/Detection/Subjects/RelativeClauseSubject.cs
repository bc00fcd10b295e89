namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// "a reply to Zelensky, who wants a ceasefire", "the coalition, which says it can send troops": a
/// relative clause opened right after a party is that party's when it names no subject of its own
/// ("…, which Kyiv rejects", "…, which it hopes" have one), whatever the main clause's subject is.
/// </summary>
public sealed class RelativeClauseSubject(SentenceContext sentence, SubjectFinder subjects)
{
    /// <summary>How far before its "that" a speech verb may stand, past an addressee and a prepositional phrase.</summary>
    private const int MaxSpeechGap = 8;

    /// <summary>The antecedent of the relative clause holding <paramref name="start"/>, or the clause's own subject, or none.</summary>
    public IReadOnlyList<PartyRef> At(int clauseStart, int start)
    {
        if (sentence.Relatives.LastWithin(Math.Max(0, clauseStart - 1), start) is not { } relative || relative.Start < 2
            || sentence.Tokens.Word(relative.Start - 1) != ","
            || sentence.Tokens.MentionCovering(relative.Start - 2) is not { } antecedent || antecedent.End != relative.Start - 1)
        {
            return [];
        }
        for (var i = relative.End; i < start; i++)
        {
            if (sentence.Tokens.Word(i) == ",")
            {
                // The relative clause closed before the cue.
                return [];
            }
        }
        if (sentence.Pronouns.EndOfMatchAt(relative.End) > 0)
        {
            // "Europe, which it hopes will …": the pronoun is the clause's own subject, for the caller to resolve.
            return [];
        }
        return subjects.SubjectIn(relative.End, start) is { Count: > 0 } own ? own : subjects.PhraseAt(antecedent.First, relative.Start - 1);
    }

    /// <summary>
    /// A clause opened by "that"/"which" not after a speech verb ("compromises that could
    /// persuade …") has its own, non-actor subject; after "said that" the speaker still speaks.
    /// </summary>
    public bool IsRelativeClause(int clauseStart)
    {
        if (clauseStart == 0 || sentence.ClauseBreaks.LastWithin(0, clauseStart) is not { } opener || opener.End != clauseStart
            || !sentence.Tokens.Tokens[opener.Start].IsWord)
        {
            return false;
        }
        if (sentence.OpensCoordinatedClause(opener.Start) && sentence.Attributions.LastWithin(0, opener.Start - 1) is not null)
        {
            // "argued that A and that B": the second that-clause is still the speaker's.
            return false;
        }
        for (var i = opener.Start - 1; i >= Math.Max(0, opener.Start - MaxSpeechGap); i--)
        {
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return true;
            }
            var end = sentence.Attributions.EndOfMatchAt(i);
            if (end > 0 && end <= opener.Start && (opener.Start - end <= 2 || AdjunctAt(end) || AdjunctAt(end + 1)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "said at the White House that …", "told reporters on Thursday that …": a prepositional phrase
    /// (after at most a one-word addressee) may stand between a speech verb and what it says.
    /// </summary>
    private bool AdjunctAt(int token) => sentence.Prepositions.EndOfMatchAt(token) > 0;
}
