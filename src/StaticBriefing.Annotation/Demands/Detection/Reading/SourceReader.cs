using StaticBriefing.Annotation.Demands.Detection.Subjects;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>"military aid from X": an issue with a source stance, followed by a source link, is X's to give (X offers it).</summary>
public sealed class SourceReader(CompiledDemandLexicon lexicon, SentenceContext sentence, SubjectFinder subjects, SentencePositions positions)
{
    public void Read()
    {
        foreach (var hit in sentence.Issues)
        {
            if (hit.Issue.SourceStance is not null && lexicon.SourceLinks.LongestAt(sentence.Tokens, hit.End, sentence.Tokens.Count) is { Agent: { } agent })
            {
                foreach (var party in subjects.PhraseAt(agent.First, sentence.Tokens.Count))
                {
                    positions.Add(party, hit.Issue, hit.Issue.SourceStance!.Value, hit.Start, hit.End);
                }
                positions.MarkSourced(hit);
            }
        }
    }
}
