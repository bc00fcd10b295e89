using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// "The exchange of prisoners took place on Saturday": a cue saying the issue before it happened
/// means every principal party took part in it, so each accepts it, whoever the sentence names.
/// The issue may be named by what it is ("the exchange was carried out"), referring back.
/// </summary>
public sealed class EnactedEvents(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, SentencePositions positions)
{
    /// <summary>How far before the cue a noun naming the issue may stand ("the second exchange agreed in May had taken place").</summary>
    private const int SubjectReach = 6;

    private readonly DescriptiveReference descriptions = new(lexicon, sentence, memory);

    public void Read(StanceHit hit)
    {
        if (hit.Cue.Stance is not { } stance)
        {
            return;
        }
        // Not bounded by the clause: "That exchange took place" opens with a word that may start one.
        var from = Math.Max(0, hit.Start - SubjectReach);
        var named = sentence.LastIssueBefore(hit.Start) is { } done && done.End > from
            ? [(done.Issue, done.Start, done.End)]
            : descriptions.Before(from, hit.Start);
        foreach (var (issue, first, end) in named.Where(found => hit.Cue.Issues.Contains(found.Issue.Id)))
        {
            foreach (var party in lexicon.Grammar.PrincipalParties)
            {
                positions.Add(new PartyRef(party, null), issue, stance, first, end);
            }
        }
    }
}
