using System.Runtime.InteropServices;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A sentence's tokens and the outermost actor mentions aligned to them, so cue patterns can
/// match words and mention slots alike.
/// </summary>
public sealed class SentenceTokens
{
    // Empty when the sentence has no mentions (most have none): no per-token array then. Outermost
    // mentions never share a token, so the one covering a token is also the one starting there, if any.
    private readonly MentionSpan?[] coveredBy = [];

    private readonly IReadOnlySet<string> articles;

    // The whole text the tokens point into, for what lower-cased tokens no longer tell (capitals).
    private readonly string text;

    /// <param name="articles">Words a mention slot may skip before its mention ("by the Kremlin").</param>
    public SentenceTokens(string text, Sentence sentence, IReadOnlyList<(Mention Mention, ActorAnnotation Actor)> mentions, IReadOnlySet<string>? articles = null, TokenInterner? interner = null, Vocabulary? vocabulary = null)
    {
        this.articles = articles ?? new HashSet<string>();
        this.text = text;
        Sentence = sentence;
        Tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End, interner, vocabulary);
        var allKnown = true;
        foreach (var token in CollectionsMarshal.AsSpan(Tokens))
        {
            Masks |= token.Mask;
            allKnown &= token.Known;
        }
        AllKnown = allKnown;
        if (mentions.Count == 0)
        {
            return;
        }
        coveredBy = new MentionSpan?[Tokens.Count];
        foreach (var (mention, actor) in Outermost(mentions))
        {
            var first = FirstTokenAtOrAfter(mention.Start);
            var end = FirstTokenAtOrAfter(mention.End);
            if (first < end && Tokens[first].Start < mention.End)
            {
                var span = new MentionSpan(first, end, actor);
                for (var t = first; t < end; t++)
                {
                    coveredBy[t] ??= span;
                }
            }
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

    /// <summary>Whether every token was looked up in a vocabulary, so its cue bits are complete.</summary>
    public bool AllKnown { get; }

    public int Count => Tokens.Count;

    /// <summary>Whether any actor mention lies in the sentence.</summary>
    public bool HasMentions => coveredBy.Length > 0;

    public MentionSpan? MentionAt(int token) =>
        token >= 0 && token < coveredBy.Length && coveredBy[token] is { } span && span.First == token ? span : null;

    /// <summary>The mention at <paramref name="token"/>, or right after an article there.</summary>
    public MentionSpan? MentionAfterArticle(int token) =>
        MentionAt(token) ?? (MentionAt(token + 1) is { } next && token < Tokens.Count && articles.Contains(Tokens[token].Norm) ? next : null);

    /// <summary>Whether the token is part of a number-like modifier ("28", "-", "point" in "28-point").</summary>
    public bool IsNumberPart(int token)
    {
        var word = Word(token);
        return word.Length > 0 && (word == "-" || char.IsDigit(word[0]) || Word(token - 1) == "-");
    }

    /// <summary>The outermost mention covering <paramref name="token"/>, or null.</summary>
    public MentionSpan? MentionCovering(int token) => token >= 0 && token < coveredBy.Length ? coveredBy[token] : null;

    /// <summary>Whether tokens [start, end) lie inside one actor mention ("States" in "United States").</summary>
    public bool InsideMention(int start, int end) =>
        start >= 0 && start < coveredBy.Length && coveredBy[start] is { } span && end <= span.End;

    public string Word(int token) => token >= 0 && token < Tokens.Count ? Tokens[token].Norm : string.Empty;

    public int FirstTokenAtOrAfter(int offset) => SortedSearch.FirstIndexFrom(Tokens, offset, static token => token.Start);

    private static IReadOnlyList<(Mention Mention, ActorAnnotation Actor)> Outermost(IReadOnlyList<(Mention Mention, ActorAnnotation Actor)> mentions)
    {
        if (mentions.Count == 1)
        {
            return mentions;
        }
        // By start, the longer first, ties in their given order (a stable sort, as OrderBy was).
        var order = new int[mentions.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            var byStart = mentions[a].Mention.Start.CompareTo(mentions[b].Mention.Start);
            if (byStart != 0)
            {
                return byStart;
            }
            var byEnd = mentions[b].Mention.End.CompareTo(mentions[a].Mention.End);
            return byEnd != 0 ? byEnd : a.CompareTo(b);
        });
        var outermost = new List<(Mention Mention, ActorAnnotation Actor)>(order.Length);
        var reach = -1;
        foreach (var index in order)
        {
            var item = mentions[index];
            if (item.Mention.Start >= reach)
            {
                reach = item.Mention.End;
                outermost.Add(item);
            }
        }
        return outermost;
    }
}
