using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// Subjects of clauses joined inside one sentence ("Brussels demanded A, and Moscow accepted B"),
/// given the party and end of the stance read last in it.
/// </summary>
public sealed class JoinedClauses(SentenceContext sentence, SubjectFinder subjects)
{
    /// <summary>
    /// "Brussels demanded A, and Moscow accepted B": a party right before the verb (past auxiliaries),
    /// after a clause join, is the subject of a clause of its own.
    /// </summary>
    public IReadOnlyList<PartyRef> SubjectAt(int start, int clauseStart, IReadOnlyList<PartyRef> lastParties, int lastStanceEnd)
    {
        var end = start;
        while (end > clauseStart && sentence.Auxiliaries.EndOfMatchAt(end - 1) == end)
        {
            end--;
        }
        if (sentence.Tokens.MentionCovering(end - 1) is not { } mention || mention.End != end || mention.First <= clauseStart)
        {
            return [];
        }
        // ", and the European Union will adopt …": a determiner may open the new subject's phrase.
        var joined = sentence.ClauseJoins.LastWithin(clauseStart, mention.First) is { } join
            && (join.End == mention.First || sentence.Determiners.EndOfMatchAt(join.End) == mention.First)
            // "Moscow, Kyiv, and Ankara agreed": after a party, the join continues a list of subjects.
            && sentence.Tokens.MentionCovering(join.Start - 1) is null;
        return joined || SplicedOn(mention.First, clauseStart, lastParties, lastStanceEnd)
            || FollowsEarlierStance(mention.First, clauseStart, lastParties, lastStanceEnd)
            ? subjects.PhraseAt(mention.First, start) : [];
    }

    /// <summary>
    /// "Canada holds that talks need Kyiv, and it rejects X", "Officials dismissed X, …, and insist that Y":
    /// a clause joined on with a third-person pronoun or no subject before its verb shares the sentence's
    /// subject, not a party named inside the clause before the join.
    /// </summary>
    public IReadOnlyList<PartyRef> SharedSubjectAt(int start)
    {
        var end = start;
        while (end > 0 && (sentence.Auxiliaries.EndOfMatchAt(end - 1) == end || sentence.Negators.EndOfMatchAt(end - 1) == end))
        {
            end--;
        }
        if (sentence.Pronouns.LastWithin(0, end) is { } pronoun && pronoun.End == end)
        {
            if (!subjects.OpensWithPronoun(pronoun.Start, end, thirdPersonOnly: true))
            {
                return [];
            }
            end = pronoun.Start;
        }
        return sentence.ClauseJoins.LastWithin(0, end) is { } join && join.End == end
            ? subjects.MainSubjectBefore(join.Start)
            : [];
    }

    /// <summary>
    /// "Putin demanded that Ukraine leave X and offered Y": a past-tense verb joined by "and" to a demanded
    /// clause (whose own verbs are bare) is the demander's, not the addressee's.
    /// </summary>
    public bool ContinuesDemand(int start, int clauseStart, EquatableArray<string> pastEndings)
    {
        if (start < 1 || clauseStart < 1 || sentence.Tokens.Word(start - 1) != "and" || !sentence.HasWordEnding(start, pastEndings))
        {
            return false;
        }
        var opener = sentence.Tokens.Word(clauseStart - 1) == "that" ? clauseStart - 1 : clauseStart;
        return sentence.Stances.Any(hit => hit is { Cue.Kind: StanceCueKind.Demands, Cue.Modal: false, Noun: false, Backward: false } && (hit.End == opener || hit.End == clauseStart));
    }

    /// <summary>Where a clause's own words start: after a joined-on report ("…, and said") in it, else at its start.</summary>
    public int ReportedStart(int clauseStart, int start) =>
        sentence.ReportingVerbs.LastWithin(clauseStart, start) is { } said && said.End < start && SharedSubjectAt(said.Start).Count > 0
            ? said.End : clauseStart;

    /// <summary>
    /// "Moscow wants all of Donetsk, Kyiv offers a freeze": after a stance already read in this clause, a
    /// bare comma and a party right before a verb splice on a clause of its own (not a list of subjects:
    /// no party stands before the comma).
    /// </summary>
    private bool SplicedOn(int mentionStart, int clauseStart, IReadOnlyList<PartyRef> lastParties, int lastStanceEnd)
    {
        var comma = mentionStart - 1;
        return lastParties.Count > 0 && comma > clauseStart && lastStanceEnd > clauseStart && lastStanceEnd <= comma
            && sentence.Tokens.Word(comma) == ","
            && sentence.Tokens.MentionCovering(comma - 1) is null;
    }

    /// <summary>
    /// "Washington offers guarantees as the Kremlin rules out troops": a party right before a verb, after
    /// a stance already read in this clause and not its object or a preposition's, starts a clause of its own.
    /// </summary>
    private bool FollowsEarlierStance(int mentionStart, int clauseStart, IReadOnlyList<PartyRef> lastParties, int lastStanceEnd)
    {
        if (lastParties.Count == 0 || lastStanceEnd <= clauseStart || lastStanceEnd >= mentionStart
            || sentence.Issues.Any(issue => issue.Start <= mentionStart && mentionStart < issue.End))
        {
            // Inside an issue ("squeezing Moscow until …") the party is what the issue is about.
            return false;
        }
        var before = mentionStart - 1;
        while (before > lastStanceEnd && sentence.Determiners.EndOfMatchAt(before) == before + 1)
        {
            before--;
        }
        return before >= lastStanceEnd
            && sentence.Tokens.Tokens[before].IsWord
            && sentence.Prepositions.EndOfMatchAt(before) < 0
            && sentence.Coordinators.EndOfMatchAt(before) < 0
            && sentence.Determiners.EndOfMatchAt(before) < 0
            && sentence.ComplementLinks.EndOfMatchAt(before) < 0;
    }
}
