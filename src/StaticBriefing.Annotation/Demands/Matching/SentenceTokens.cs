using System.Runtime.InteropServices;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A sentence's tokens and the outermost actor mentions aligned to them, so cue patterns can
/// match words and mention slots alike.
/// </summary>
public sealed class SentenceTokens
{
    // Outermost mentions never share a token, so the one covering a token is also the one starting there, if any.
    private readonly AlignedMentions mentions = AlignedMentions.None;

    // Whether the sentence had mentions and tokens, aligned or not.
    private readonly bool hasMentions;

    private readonly IReadOnlySet<string> articles;

    // Per token, the sketch bit of its word.
    private readonly ulong[] sketches;

    // Per token, what MentionAfterArticle answers there; built on its first call.
    private MentionSpan?[]? afterArticle;

    // The whole text the tokens point into, for what lower-cased tokens no longer tell (capitals).
    private readonly string text;

    /// <param name="articles">Words a mention slot may skip before its mention ("by the Kremlin").</param>
    public SentenceTokens(string text, Sentence sentence, ReadOnlySpan<(Mention Mention, ActorAnnotation Actor)> mentions, IReadOnlySet<string>? articles = null, TokenInterner? interner = null, Vocabulary? vocabulary = null)
    {
        this.articles = articles ?? new HashSet<string>();
        this.text = text;
        Sentence = sentence;
        Tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End, interner, vocabulary);
        var allKnown = true;
        sketches = new ulong[Tokens.Count];
        var tokens = CollectionsMarshal.AsSpan(Tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            Masks |= tokens[i].Mask;
            sketches[i] = WordSketch.Of(tokens[i].Norm);
            Sketch |= sketches[i];
            allKnown &= tokens[i].Known;
        }
        AllKnown = allKnown;
        hasMentions = mentions.Length > 0 && Tokens.Count > 0;
        if (hasMentions)
        {
            this.mentions = AlignedMentions.Of(mentions, this);
        }
    }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    /// <summary>Whether a quote opens between the start of token <paramref name="from"/> and the start of token <paramref name="to"/>.</summary>
    public bool OpensQuoteBetween(int from, int to)
    {
        for (var i = Tokens[from].Start; i < Tokens[to].Start; i++)
        {
            if (Tokenizer.IsQuote(text[i]) && !Tokenizer.IsClosingQuote(text, i, Sentence.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the token is written with a capital first letter (tokens hold lower-cased words).</summary>
    public bool IsCapitalised(int token) => char.IsUpper(text[Tokens[token].Start]);

    /// <summary>The cue bits of all tokens together: a cue set whose bit is missing has no match here.</summary>
    public ulong Masks { get; }

    /// <summary>The words of the sentence as a <see cref="WordSketch"/>: a pattern needing a word without its bit here cannot match.</summary>
    public ulong Sketch { get; }

    /// <summary>The <see cref="WordSketch"/> bit of one token's word.</summary>
    public ulong SketchOf(int token) => sketches[token];

    /// <summary>Whether every token was looked up in a vocabulary, so its cue bits are complete.</summary>
    public bool AllKnown { get; }

    public int Count => Tokens.Count;

    /// <summary>Whether any actor mention lies in the sentence.</summary>
    public bool HasMentions => hasMentions;

    public MentionSpan? MentionAt(int token) =>
        MentionCovering(token) is { } span && span.First == token ? span : null;

    /// <summary>The mention at <paramref name="token"/>, or right after an article there.</summary>
    public MentionSpan? MentionAfterArticle(int token)
    {
        if (mentions.Spans.IsEmpty || (uint)token >= (uint)Tokens.Count)
        {
            return null;
        }
        // Cue scans ask this at nearly every token: one array read instead of two searches and a set lookup.
        return (afterArticle ??= MentionsAfterArticles.Of(mentions.Spans, Tokens, articles))[token];
    }

    /// <summary>Whether the token is part of a number-like modifier ("28", "-", "point" in "28-point").</summary>
    public bool IsNumberPart(int token)
    {
        var word = Word(token);
        return word.Length > 0 && (word == "-" || char.IsDigit(word[0]) || Word(token - 1) == "-");
    }

    /// <summary>The outermost mention covering <paramref name="token"/>, or null.</summary>
    public MentionSpan? MentionCovering(int token) => token >= 0 && token < Tokens.Count ? mentions.Covering(token) : null;

    /// <summary>Whether tokens [start, end) lie inside one actor mention ("States" in "United States").</summary>
    public bool InsideMention(int start, int end) =>
        MentionCovering(start) is { } span && end <= span.End;

    public string Word(int token) => token >= 0 && token < Tokens.Count ? Tokens[token].Norm : string.Empty;

    public int FirstTokenAtOrAfter(int offset) => SortedSearch.FirstIndexFrom(Tokens, offset, static token => token.Start);
}
