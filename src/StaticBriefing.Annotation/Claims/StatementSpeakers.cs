using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Claims;

/// <summary>Who makes a statement: the phrase right before its cue, or the clause's subject.</summary>
public sealed class StatementSpeakers(SentenceContext sentence, SubjectFinder speakers)
{
    /// <summary>How many tokens a speaker's phrase right before its cue may take ("Kremlin spokesperson Dmitry Peskov").</summary>
    private const int SpeakerReach = 6;

    /// <summary>
    /// Who speaks: the phrase right before the cue ("…,” the minister said), else the clause's
    /// subject. A cue that continues an earlier statement ("X specified, revealing that …") with no
    /// subject of its own is the same speaker, so it yields none.
    /// </summary>
    public PartyRef Of(CueMatch cue, int previousCueEnd)
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

    /// <summary>The first token of the speaker's phrase right before the cue, or -1 when the cue has none ("chose to say").</summary>
    public int AdjacentStart(int cueStart)
    {
        for (var start = cueStart - 1; start >= Math.Max(0, cueStart - SpeakerReach); start--)
        {
            if (speakers.SubjectIn(start, cueStart, adjacentOnly: true).Count > 0)
            {
                return start;
            }
        }
        return -1;
    }
}
