using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Claims;

/// <summary>The statements of one sentence attributed to a speaker ("X said that …", "according to X"), and whether the narrator doubts them.</summary>
public sealed class StatementFinder(CompiledDemandLexicon lexicon, SentenceContext sentence, SubjectFinder speakers)
{
    /// <summary>How many words a statement after its cue needs; a shorter one ("…, X said.") is what came before.</summary>
    private const int MinWordsAfterCue = 3;

    private const int DoubtReach = 3;

    /// <summary>Attributed statements, one per speaker: what follows "X said (that)", or what precedes a post-posed "…, X said."</summary>
    public List<Statement> Find()
    {
        var statements = new List<Statement>();
        var count = sentence.Tokens.Count;
        foreach (var cue in sentence.Attributions.Matches)
        {
            var speaker = cue.Agent is { } agent
                ? speakers.PhraseAt(agent.First, count).FirstOrDefault()
                : Speaker(cue, statements.Count > 0 ? statements[^1].CueEnd : 0);
            if (speaker == default || statements.Any(s => s.Speaker.ActorId == speaker.ActorId && s.Speaker.Party == speaker.Party))
            {
                continue;
            }
            var end = sentence.Clauses.ScopeBreak(cue.End, count);
            if (CountWords(cue.End, end) >= MinWordsAfterCue)
            {
                statements.Add(new Statement(speaker, cue.Start, cue.End, cue.End, end));
            }
            else if (cue.Start > 0)
            {
                statements.Add(new Statement(speaker, cue.Start, cue.End, 0, cue.Start));
            }
        }
        return statements;
    }

    /// <summary>
    /// Who speaks: the phrase right before the cue ("…,” the minister said), else the clause's
    /// subject. A cue that continues an earlier statement ("X specified, revealing that …") with no
    /// subject of its own is the same speaker, so it yields none.
    /// </summary>
    private PartyRef Speaker(CueMatch cue, int previousCueEnd)
    {
        var adjacent = speakers.SubjectIn(Math.Max(0, cue.Start - 4), cue.Start, adjacentOnly: true);
        if (adjacent.Count > 0)
        {
            return adjacent[0];
        }
        var clause = sentence.Clauses.StartOf(cue.Start);
        if (clause <= previousCueEnd && previousCueEnd > 0)
        {
            return default;
        }
        var subject = speakers.SubjectIn(clause, cue.Start);
        if (subject.Count == 0 && previousCueEnd == 0)
        {
            subject = speakers.MainSubjectBefore(cue.Start);
        }
        return subject.FirstOrDefault();
    }

    /// <summary>Whether the narrator doubts the statement ("despite claims by X", "…, yet").</summary>
    public bool IsDoubted(Statement statement)
    {
        for (var i = Math.Max(0, statement.CueStart - DoubtReach); i < statement.CueStart; i++)
        {
            if (lexicon.DoubtsBefore.LongestAt(sentence.Tokens, i, statement.CueStart) is not null)
            {
                return true;
            }
        }
        return lexicon.DoubtsAfter.FindAll(sentence.Tokens, statement.CueEnd).Count > 0;
    }

    private int CountWords(int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            words += sentence.Tokens.Tokens[i].IsWord ? 1 : 0;
        }
        return words;
    }
}
