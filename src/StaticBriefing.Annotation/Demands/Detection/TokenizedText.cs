using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// A text tokenised once, sentence by sentence, with its actor mentions aligned: the demand and the
/// claim detectors both read from it, and share each sentence's cue marks, instead of tokenising twice.
/// </summary>
public sealed class TokenizedText
{
    private readonly CompiledDemandLexicon lexicon;

    public TokenizedText(CompiledDemandLexicon lexicon, string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors)
    {
        this.lexicon = lexicon;
        Text = text;
        var mentions = MentionsBySentence(actors);
        var interner = TokenInterner.ForCurrentThread;
        Sentences = sentences
            .Select(sentence => new SentenceContext(lexicon, new SentenceTokens(text, sentence, mentions.GetValueOrDefault(sentence.Index) ?? [], lexicon.Articles, interner, lexicon.Vocabulary)))
            .ToList();
    }

    public string Text { get; }

    /// <summary>One context per sentence, in order; cue marks in each are computed on first use and kept.</summary>
    public IReadOnlyList<SentenceContext> Sentences { get; }

    /// <summary>Tokens carry the cue bits of one compiled lexicon; reading them with another would miss cues.</summary>
    public void CheckLexicon(CompiledDemandLexicon expected)
    {
        if (!ReferenceEquals(expected, lexicon))
        {
            throw new ArgumentException("The text was tokenised with a different compiled lexicon.", nameof(expected));
        }
    }

    private static Dictionary<int, List<(Mention, ActorAnnotation)>> MentionsBySentence(EquatableArray<ActorAnnotation> actors)
    {
        var bySentence = new Dictionary<int, List<(Mention, ActorAnnotation)>>();
        foreach (var actor in actors)
        {
            foreach (var mention in actor.Mentions)
            {
                if (!bySentence.TryGetValue(mention.Sentence, out var list))
                {
                    bySentence[mention.Sentence] = list = [];
                }
                list.Add((mention, actor));
            }
        }
        return bySentence;
    }
}
