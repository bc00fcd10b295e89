namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// "European countries, he added, should provide …": a speaker set off by commas inside a clause says
/// that clause, whatever party opens it. A pronoun there is the last sentence's subject.
/// </summary>
public sealed class InsertedSpeaker(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, SubjectFinder subjects)
{
    /// <summary>How many words the speaker may have between its comma and the speech verb ("the German chancellor").</summary>
    private const int SpeakerReach = 4;

    /// <summary>The speaker of the speech verb at [saidStart, saidEnd) when commas enclose both, or null.</summary>
    public IReadOnlyList<PartyRef>? Of(int saidStart, int saidEnd)
    {
        if (saidEnd >= sentence.Tokens.Count || sentence.Tokens.Word(saidEnd) != ",")
        {
            return null;
        }
        for (var comma = saidStart - 2; comma >= Math.Max(1, saidStart - 1 - SpeakerReach); comma--)
        {
            if (sentence.Tokens.Word(comma) != ",")
            {
                continue;
            }
            var first = comma + 1;
            if (sentence.Pronouns.EndOfMatchAt(first) == saidStart)
            {
                return lexicon.Grammar.FirstPersonPronouns.Contains(sentence.Tokens.Word(first)) ? null : memory.RecentSubject;
            }
            return subjects.SubjectIn(first, saidStart, adjacentOnly: true) is { Count: > 0 } named ? named : null;
        }
        return null;
    }
}
