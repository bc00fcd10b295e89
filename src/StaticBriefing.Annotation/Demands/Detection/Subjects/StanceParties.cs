namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// Who takes a stance found in one sentence: the clause's subject; else the party of the previous
/// cue in the same clause ("calls for X, seeks Y"); else the sentence's subject, the quote's
/// speaker, a post-posed speaker ("…,” the minister said), or, for a pronoun subject, the last
/// sentence's subject. A modal ("X said Ukraine must …") speaks for whoever says it.
/// </summary>
public sealed class StanceParties(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, IReadOnlyList<PartyRef> speaker)
{
    private IReadOnlyList<PartyRef> lastParties = [];
    private int lastStanceEnd;

    public JoinedClauses Joined => field ??= new(sentence, Subjects);

    private RelativeClauseSubject Relative => field ??= new(sentence, Subjects);

    private InsertedSpeaker Inserted => field ??= new(lexicon, sentence, memory, Subjects);

    public SubjectFinder Subjects { get; } = new(lexicon, sentence, documentAuthor: memory.RecentDocumentAuthor);

    public PostposedSpeakers Postposed => field ??= new(lexicon, sentence, memory, Subjects);

    /// <summary>Notes the party of a stance just read, for a later cue of the same clause.</summary>
    public void Took(IReadOnlyList<PartyRef> parties, int stanceEnd)
    {
        lastParties = parties;
        lastStanceEnd = stanceEnd;
    }

    public IReadOnlyList<PartyRef> Subject(int start, int end, int clauseStart)
    {
        if (IsParticiple(start))
        {
            // "X demanded …, offering …": a participle after a comma has the subject of the clause it hangs on;
            // after a speech clause with no stance ("“…,” Merz told reporters, urging …") that is the speaker.
            if (lastParties.Count > 0)
            {
                return lastParties;
            }
            if (Postposed.Before(start) is { Count: > 0 } said)
            {
                return said;
            }
        }
        var subject = lastParties.Count > 0 && lastStanceEnd <= clauseStart && Joined.ContinuesDemand(start, clauseStart, lexicon.Grammar.PastParticipleEndings) ? lastParties
            : Joined.SubjectAt(start, clauseStart, lastParties, lastStanceEnd) is { Count: > 0 } joined ? joined
            : Joined.SharedSubjectAt(start) is { Count: > 0 } shared ? shared
            : ReportedSubject(clauseStart, start) is { Count: > 0 } reported ? reported
            : Relative.At(clauseStart, start) is { Count: > 0 } relative ? relative
            : Subjects.SubjectIn(clauseStart, start);
        if (subject.Count > 0)
        {
            return subject;
        }
        if (Relative.IsRelativeClause(clauseStart))
        {
            return new RelativeDocumentAuthor(lexicon, sentence, Subjects).Before(clauseStart - 1);
        }
        if (lastParties.Count > 0 && !sentence.ScopeEnds.AnyWithin(lastStanceEnd, start))
        {
            return lastParties;
        }
        var main = Subjects.MainSubjectBefore(start);
        if (main.Count > 0)
        {
            return main;
        }
        // "he", "it" refer back; only "we" or "I" in a quote are its speaker. "Only then, he said, would he be
        // ready to …": after a fronted word the pronoun right before the verb is the subject too.
        if ((Subjects.OpensWithPronoun(clauseStart, start, thirdPersonOnly: true) || PronounBeforeVerb(start)) && memory.RecentSubject is { Count: > 0 } previous)
        {
            return previous;
        }
        if (speaker.Count > 0)
        {
            return speaker;
        }
        if (Postposed.After(end) is { Count: > 0 } postposed)
        {
            return postposed;
        }
        return Subjects.OpensWithPronoun(clauseStart, start) || Subjects.OpensWithPronoun(0, start)
            ? memory.RecentSubject
            : [];
    }

    /// <summary>
    /// "Washington said Russia had agreed to …": after a reporting verb with no "that", a party that
    /// opens the reported clause takes its stances, not the speaker. Once a stance of that clause is
    /// read ("The Kremlin said Kyiv must …"), its party holds for the rest of the clause.
    /// </summary>
    private IReadOnlyList<PartyRef> ReportedSubject(int clauseStart, int start)
    {
        if (sentence.ReportingVerbs.LastWithin(clauseStart, start) is not { } said || said.End >= start)
        {
            return [];
        }
        if (lastParties.Count > 0 && lastStanceEnd > said.End)
        {
            return lastParties;
        }
        // "said the Kremlin had …": a determiner may open the subject's phrase, and a comma may set the
        // reporting clause off ("In Istanbul, officials said, Moscow demanded …").
        var reported = sentence.Tokens.Word(said.End) == "," ? said.End + 1 : said.End;
        var opening = sentence.Determiners.EndOfMatchAt(reported) is var determinerEnd && determinerEnd > 0 ? determinerEnd : reported;
        return Subjects.PhraseAt(reported, start) is { Count: > 0 } phrase ? phrase
            : Subjects.PhraseAt(opening, start) is { Count: > 0 } opened ? opened
            // "X restated the demand that Kyiv withdraw, and said a truce could follow only once …": the one who said it.
            : Joined.SharedSubjectAt(said.Start);
    }

    private bool PronounBeforeVerb(int start)
    {
        var end = start;
        while (end > 0 && (StartEndingAt(sentence.Auxiliaries, end) ?? StartEndingAt(sentence.Copulas, end)) is { } verb)
        {
            end = verb;
        }
        return end > 0 && sentence.Pronouns.EndOfMatchAt(end - 1) == end && Subjects.OpensWithPronoun(end - 1, end, thirdPersonOnly: true);
    }

    private static int? StartEndingAt(TokenMarks marks, int end) => marks.LastWithin(0, end) is { } match && match.End == end ? match.Start : null;

    private bool IsParticiple(int start) =>
        start > 0 && sentence.Tokens.Word(start - 1) == "," && sentence.HasWordEnding(start, lexicon.Grammar.ParticipleEndings);

    /// <summary>
    /// Who says a modal stance: the subject of the last speech verb before it ("X said Ukraine
    /// must …"), the quote's speaker, or a post-posed speaker. The narrator's own "must" is no one's.
    /// </summary>
    public IReadOnlyList<PartyRef> Speaker(int start, int end)
    {
        if (AttributedSpeaker(start) is { Count: > 0 } said)
        {
            return said;
        }
        if (speaker.Count > 0)
        {
            return speaker;
        }
        return Postposed.After(end);
    }

    /// <summary>The subject of the last speech verb before <paramref name="start"/> ("X said …"), or none.</summary>
    public IReadOnlyList<PartyRef> AttributedSpeaker(int start) =>
        sentence.Attributions.LastWithin(0, start) is { } said && said.End <= start
            ? Inserted.Of(said.Start, said.End) ?? Subject(said.Start, said.End, sentence.Clauses.StartOf(said.Start))
            : [];
}
