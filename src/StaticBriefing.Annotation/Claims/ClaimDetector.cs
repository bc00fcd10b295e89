using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// Finds claims sentence by sentence: statements attributed to an actor ("X said that …",
/// "according to X") and figures the narrator states ("over 7,000 bodies"). A claim is disputed
/// when the sentence records it ("although Ukraine has disputed the number") or the narrator
/// doubts it ("despite claims by X").
/// </summary>
public sealed class ClaimDetector
{
    private readonly CompiledDemandLexicon compiled;
    private readonly CueSet disputes;
    private readonly CueSet doubtsBefore;
    private readonly CueSet doubtsAfter;
    private readonly FigureFinder figures;

    public ClaimDetector()
        : this(new DemandLexicon(EquatableArray<IssueDefinition>.Empty))
    {
    }

    public ClaimDetector(DemandLexicon lexicon)
    {
        compiled = new CompiledDemandLexicon(lexicon);
        disputes = CompiledDemandLexicon.Set(lexicon.Claims.Disputes);
        doubtsBefore = CompiledDemandLexicon.Set(lexicon.Claims.DoubtsBefore);
        doubtsAfter = CompiledDemandLexicon.Set(lexicon.Claims.DoubtsAfter);
        figures = new FigureFinder(
            CompiledDemandLexicon.Set(lexicon.Claims.Quantifiers),
            CompiledDemandLexicon.Set(lexicon.Claims.Magnitudes),
            lexicon.Claims.Currencies.ToHashSet(StringComparer.Ordinal));
    }

    public EquatableArray<ClaimAnnotation> Detect(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes)
    {
        var mentions = actors
            .SelectMany(actor => actor.Mentions.Select(mention => (mention, actor)))
            .GroupBy(pair => pair.mention.Sentence)
            .ToDictionary(group => group.Key, group => group.ToList());
        var found = new List<ClaimAnnotation>();
        foreach (var sentence in sentences)
        {
            var tokens = new SentenceTokens(text, sentence, mentions.GetValueOrDefault(sentence.Index) ?? []);
            if (tokens.Count > 0)
            {
                found.AddRange(new SentenceClaims(compiled, new SentenceContext(compiled, tokens), disputes, doubtsBefore, doubtsAfter).Read(text, figures));
            }
        }
        return found.ToEquatableArray();
    }
}
