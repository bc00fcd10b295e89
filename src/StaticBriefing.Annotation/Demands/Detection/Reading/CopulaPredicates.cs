using StaticBriefing.Annotation.Demands.Detection.Cues;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>Stances said of a clause's subject through a copula ("a truce is out of the question").</summary>
public sealed class CopulaPredicates(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private const int MaxCopulaWords = 3;

    /// <summary>
    /// "a truce is out of the question": a stance after a copula says it of the clause's subject; not a
    /// passive ("once a deal is signed") or progressive verb ("is floating relief"), whose subject is no issue.
    /// </summary>
    public bool Is(StanceHit hit) =>
        FollowsCopula(hit)
            && !sentence.HasWordEnding(hit.Start, lexicon.Grammar.PastParticipleEndings)
            && !sentence.HasWordEnding(hit.Start, lexicon.Grammar.ParticipleEndings);

    /// <summary>
    /// "the 22nd package will be presented", "an 18th package is being prepared": a passive proposal says
    /// it of its subject too, on behalf of whoever announces it. Other passives name no one ("once a deal is signed").
    /// </summary>
    public bool IsPassiveProposal(StanceHit hit) =>
        hit.Cue.Kind == StanceCueKind.Proposes && FollowsCopula(hit) && sentence.HasWordEnding(hit.Start, lexicon.Grammar.PastParticipleEndings);

    private bool FollowsCopula(StanceHit hit) =>
        sentence.Copulas.LastWithin(Math.Max(0, hit.Start - MaxCopulaWords), hit.Start) is { } copula && copula.End == hit.Start;
}
