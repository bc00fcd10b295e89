using StaticBriefing.Annotation.Demands.Detection.Subjects;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// Reads the positions of one sentence: each stance cue governs the issues listed after it up to
/// the end of its scope; its party is the clause's subject, an agent the cue names ("by X",
/// "unacceptable to X"), or, failing both, the sentence's subject, the quote's speaker or the last
/// sentence's subject. A cue with no issue in scope takes one from an anaphor ("rejected this").
/// </summary>
public sealed class SentenceReader : ISentenceSubject
{
    private readonly SentenceContext sentence;
    private readonly StanceParties parties;
    private readonly SentencePositions positions;
    private readonly SourceReader sources;
    private readonly ConditionReader conditions;
    private readonly StanceReader stances;
    private readonly NegatedIssueReader negatedIssues;
    private readonly ProVerbReader proVerbs;
    private readonly EnactedEvents enacted;

    public SentenceReader(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, IReadOnlyList<PartyRef> speaker)
    {
        this.sentence = sentence;
        parties = new StanceParties(lexicon, sentence, memory, speaker);
        positions = new SentencePositions(lexicon, sentence);
        var scope = new StanceScope(lexicon, sentence, positions);
        var negation = new Negation(lexicon, sentence);
        sources = new SourceReader(lexicon, sentence, parties.Subjects, positions);
        conditions = new ConditionReader(sentence, parties, scope, positions);
        stances = new StanceReader(lexicon, sentence, memory, parties, scope, negation, positions);
        negatedIssues = new NegatedIssueReader(sentence, parties, negation, positions);
        proVerbs = new ProVerbReader(lexicon, sentence, parties, negation, positions);
        enacted = new EnactedEvents(lexicon, sentence, memory, positions);
    }

    /// <summary>The sentence's subject (the discourse memory asks only when a later sentence needs it).</summary>
    public IReadOnlyList<PartyRef> MainSubject() => parties.Postposed.ClosingSpeaker() ?? parties.Subjects.MainSubject();

    /// <summary>Whether the sentence's subject or speaker ("…, he said") is a pronoun that refers back.</summary>
    public bool MainSubjectIsPronoun() => parties.Subjects.MainSubjectIsPronoun() || parties.Postposed.ClosingPronoun();

    public SentencePositions Read()
    {
        sources.Read();
        // Conditions first: "a vote only after a ceasefire" holds back the vote, whatever else the clause says of it.
        for (var k = 0; k < sentence.Stances.Count; k++)
        {
            if (sentence.Stances[k].Cue.Kind is StanceCueKind.Condition or StanceCueKind.ConditionNoun)
            {
                conditions.Read(sentence.Stances[k], NextStart(k));
            }
        }
        for (var k = 0; k < sentence.Stances.Count; k++)
        {
            var hit = sentence.Stances[k];
            if (hit.Cue.Enacted)
            {
                enacted.Read(hit);
            }
            else if (hit.DemandedBy is { } governing)
            {
                // "called on Moscow to stop blocking consensus, to accept a truce": the caller demands the truce, or no one does.
                var demander = governing.Cue.Modal ? parties.Speaker(governing.Start, governing.End)
                    : parties.Subject(governing.Start, governing.End, sentence.Clauses.StartOf(governing.Start));
                if (demander.Count > 0)
                {
                    stances.Read(hit, NextStart(k), demander);
                }
            }
            else if (hit.Cue.Kind is not (StanceCueKind.Neutral or StanceCueKind.Condition or StanceCueKind.ConditionNoun))
            {
                stances.Read(hit, NextStart(k));
            }
        }
        proVerbs.Read();
        negatedIssues.Read();
        return positions;
    }

    /// <summary>
    /// Where the next stance starts; a neutral cue ("backed by" a non-agent) states none, and an
    /// owned noun that is the cue's object ("accepted the US plan for …") is part of it, so a scope runs over them.
    /// </summary>
    private int NextStart(int k)
    {
        for (var next = k + 1; next < sentence.Stances.Count; next++)
        {
            if (sentence.Stances[next].Cue.Kind != StanceCueKind.Neutral && !sentence.Stances[next].Object)
            {
                return sentence.Stances[next].Start;
            }
        }
        return sentence.Tokens.Count;
    }
}
