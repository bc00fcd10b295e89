using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Briefs;

/// <summary>
/// Builds an article and its annotations from sentences, finding offsets by text, so tests read
/// like the article they describe.
/// </summary>
public sealed class ArticleBuilder
{
    private readonly List<List<string>> paragraphs = [];
    private readonly List<Sentence> sentences = [];
    private readonly List<ActorAnnotation> actors = [];
    private readonly List<DateAnnotation> dates = [];
    private readonly List<DemandAnnotation> demands = [];
    private readonly List<QuoteAnnotation> quotes = [];
    private readonly List<ClaimAnnotation> claims = [];
    private string? headline;

    /// <summary>The article's own headline: one sentence, its own paragraph, opening the text (sentence 0).</summary>
    public ArticleBuilder Headline(string text)
    {
        if (paragraphs.Count > 0)
        {
            throw new InvalidOperationException("the headline opens the text: give it before the paragraphs");
        }
        headline = text;
        paragraphs.Add([text]);
        return this;
    }

    public ArticleBuilder Paragraph(params string[] text)
    {
        paragraphs.Add([.. text]);
        return this;
    }

    public string Text => string.Join("\n\n", paragraphs.Select(p => string.Join(" ", p)));

    public int SentenceCount => paragraphs.Sum(p => p.Count);

    /// <summary>Sentence index, start and end of the n-th occurrence of a phrase in sentence s.</summary>
    public (int Sentence, int Start, int End) Find(int sentence, string phrase, int occurrence = 1)
    {
        var s = SentenceRanges()[sentence];
        var at = s.Start - 1;
        for (var i = 0; i < occurrence; i++)
        {
            at = Text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }
        if (at < s.Start || at + phrase.Length > s.End)
        {
            throw new ArgumentException($"'{phrase}' is not in sentence {sentence}");
        }
        return (sentence, at, at + phrase.Length);
    }

    public ArticleBuilder Actor(string id, string name, ActorKind kind, string party, string role, bool reviewed, params (int Sentence, string Phrase)[] mentions)
    {
        actors.Add(new ActorAnnotation(id, name, kind, party, role, reviewed,
            mentions.Select(m => Find(m.Sentence, m.Phrase)).Select(f => new Mention(f.Start, f.End, f.Sentence)).ToEquatableArray()));
        return this;
    }

    public ArticleBuilder Date(int sentence, string phrase, string value, TimexType type = TimexType.Date, TimexMod mod = TimexMod.None)
    {
        var f = Find(sentence, phrase);
        dates.Add(new DateAnnotation(f.Start, f.End, sentence, type, value, mod));
        return this;
    }

    public ArticleBuilder Demand(int sentence, string phrase, string party, string issue, Stance stance, string? actor = null)
    {
        var f = Find(sentence, phrase);
        demands.Add(new DemandAnnotation(party, issue, stance, sentence, f.Start, f.End, actor));
        return this;
    }

    public ArticleBuilder Quote(int sentence, string phrase, string? speaker)
    {
        var f = Find(sentence, phrase);
        quotes.Add(new QuoteAnnotation(f.Start, f.End, sentence, speaker));
        return this;
    }

    public ArticleBuilder Claim(int sentence, string phrase, string who, string? disputedBy)
    {
        var f = Find(sentence, phrase);
        claims.Add(new ClaimAnnotation(f.Start, f.End, sentence, who, disputedBy));
        return this;
    }

    public Article Article(string id = "000_test", ReferenceDate? published = null) => new(
        id, "Talks in Istanbul: what next?", false, "Example News", "A. Writer", published ?? new ReferenceDate(2025, 7, 22),
        "byline: July 22, 2025", paragraphs.Skip(headline is null ? 0 : 1).Select(p => string.Join(" ", p)).ToEquatableArray(), $"seeds/{id}.txt")
    {
        Headline = headline,
    };

    public AnnotatedText Annotated() => new(Text, SentenceRanges().Select((r, i) => new Sentence(i, r.Start, r.End)).ToEquatableArray(),
        actors.ToEquatableArray(), dates.ToEquatableArray(), demands.ToEquatableArray(), quotes.ToEquatableArray(), claims.ToEquatableArray());

    public IReadOnlyList<string> SentenceTexts => paragraphs.SelectMany(p => p).ToList();

    private List<(int Start, int End)> SentenceRanges()
    {
        var ranges = new List<(int, int)>();
        var position = 0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in paragraph)
            {
                ranges.Add((position, position + sentence.Length));
                position += sentence.Length + 1;
            }
            position += 1;
        }
        return ranges;
    }
}
