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
        var (mentions, sentenceOf) = MentionsBySentence(actors);
        var interner = TokenInterner.ForCurrentThread;
        var contexts = new List<SentenceContext>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var from = SortedSearch.FirstIndexFrom(sentenceOf, sentence.Index);
            var to = SortedSearch.FirstIndexFrom(sentenceOf, sentence.Index + 1);
            var tokens = new SentenceTokens(text, sentence, mentions.AsSpan(from, to - from), lexicon.Articles, interner, lexicon.Vocabulary);
            contexts.Add(new SentenceContext(lexicon, tokens));
        }
        Sentences = contexts;
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

    /// <summary>
    /// Every mention with its actor, ordered by sentence (in the actors' order within one), and each one's
    /// sentence index, sorted, to find a sentence's range by binary search: one array for the text, not a list per sentence.
    /// </summary>
    private static ((Mention, ActorAnnotation)[] Mentions, int[] SentenceOf) MentionsBySentence(EquatableArray<ActorAnnotation> actors)
    {
        var count = 0;
        foreach (var actor in actors)
        {
            count += actor.Mentions.Count;
        }
        var mentions = new (Mention, ActorAnnotation)[count];
        // Sentence index, then position in the actors' order: unique keys, so the sort keeps that order within a sentence.
        var keys = new long[count];
        var i = 0;
        foreach (var actor in actors)
        {
            foreach (var mention in actor.Mentions)
            {
                mentions[i] = (mention, actor);
                keys[i] = ((long)mention.Sentence << 32) | (uint)i;
                i++;
            }
        }
        Array.Sort(keys, mentions);
        var sentenceOf = new int[count];
        for (i = 0; i < count; i++)
        {
            sentenceOf[i] = mentions[i].Item1.Sentence;
        }
        return (mentions, sentenceOf);
    }
}
