using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Briefs.Anchors;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;

namespace StaticBriefing.Tests.Briefs;

/// <summary>write(article, annotations) → parse gives back the same annotations, texts and sentence anchors.</summary>
public class RoundTripTests
{
    // Fragments chosen to trip Markdown and YAML: emphasis, links, HTML, headings, lists, entities, braces.
    private static readonly string[] Fragments =
    [
        "Moscow", "said", "the *talks* were_over", "[not a link](x)", "<script>alert(1)</script>", "`code`",
        "# heading", "1. first", "2) second", "- item", "+ plus", "> quoted", "===", "---", "~~~", "a \\ backslash",
        "AT&amp;T", "{#s-abcdef}", "]{.actor ref=x}", "null", "7,000 bodies", "May 16", "key: value", "a # hash",
        "\"quoted\"", "’curly’", "no\u00A0break", "tab\there", "line\nbreak", "Kyiv", "ceasefire", "100%", "!", "|pipe|",
    ];

    [Fact]
    public void The_sample_article_comes_back_unchanged()
    {
        var sample = new ArticleBuilder()
            .Paragraph("Moscow views *the* chances on May 16 as low.", "Kyiv wants a ceasefire.")
            .Actor("russia", "Russia", ActorKind.State, "russia", "party", true, (0, "Moscow"))
            .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party", true, (1, "Kyiv"))
            .Date(0, "May 16", "2025-05-16")
            .Demand(1, "a ceasefire", "ukraine", "ceasefire", Stance.Demands, "ukraine");
        var brief = RoundTrip(sample.Article(), sample.Annotated());
        brief.Sentences.Select(s => s.Text).ShouldBe(sample.SentenceTexts);
        brief.Sentences.Select(s => s.Anchor).ShouldBe(sample.SentenceTexts.Select(SentenceAnchor.Of));
        brief.Mentions.ShouldBe([new BriefMention("russia", "Moscow", brief.Sentences[0].Anchor), new BriefMention("ukraine", "Kyiv", brief.Sentences[1].Anchor)]);
        brief.Dates.ShouldBe([new BriefDate("May 16", TimexType.Date, "2025-05-16", TimexMod.None, brief.Sentences[0].Anchor)]);
        brief.Demands.ShouldBe([new BriefDemand("ukraine", "ceasefire", Stance.Demands, "a ceasefire", brief.Sentences[1].Anchor, "ukraine")]);
        brief.Actors.Select(a => a.Id).ShouldBe(["russia", "ukraine"]);
        brief.Metadata.ShouldBe(new BriefMetadata("000_test", "Talks in Istanbul: what next?", false, "Example News", "A. Writer",
            new ReferenceDate(2025, 7, 22), "byline: July 22, 2025", "seeds/000_test.txt"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_hostile_articles_round_trip(int seed)
    {
        var random = new Random(seed);
        var sentences = Enumerable.Range(0, random.Next(1, 8))
            .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Fragments[random.Next(Fragments.Length)])) + ".")
            .ToList();
        var sample = new ArticleBuilder();
        var cut = random.Next(0, sentences.Count);
        sample.Paragraph([.. sentences.Take(Math.Max(1, cut))]);
        if (cut > 0 && cut < sentences.Count)
        {
            sample.Paragraph([.. sentences.Skip(cut)]);
        }
        var annotated = RandomAnnotations(sample, random);
        var expected = BriefLayoutBuilder.Build(annotated, Fixtures.Lexicon);
        var brief = RoundTrip(sample.Article(), annotated);

        brief.Sentences.Select(s => s.Text).ShouldBe(sample.SentenceTexts.Select(SentenceText.Normalise));
        var allocator = new AnchorAllocator();
        brief.Sentences.Select(s => s.Anchor).ShouldBe(sample.SentenceTexts.Select(allocator.Next).ToList());
        brief.Dates.ShouldBe(expected.Dates);
        brief.Demands.ShouldBe(expected.Demands);
        brief.Quotes.ShouldBe(expected.Quotes);
        brief.Claims.ShouldBe(expected.Claims);
        // Each mention that crosses no other annotation must survive, with its text and sentence.
        foreach (var (actor, mention) in annotated.Actors.SelectMany(a => a.Mentions.Select(m => (a, m))))
        {
            var text = SentenceText.Normalise(annotated.Text[mention.Start..mention.End]);
            var anchor = brief.Sentences[mention.Sentence].Anchor;
            if (text.Length > 0 && !Crosses(mention.Start, mention.End, annotated))
            {
                brief.Mentions.ShouldContain(new BriefMention(actor.Id, text, anchor));
            }
        }
    }

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 60));

    private static Brief RoundTrip(StaticBriefing.Reading.Article article, AnnotatedText annotated)
    {
        var markdown = BriefWriter.Write(article, annotated, Fixtures.Lexicon);
        try
        {
            return BriefParser.Parse(new DataFile("test.md", markdown), Fixtures.Vocabulary);
        }
        catch (DataFileException error)
        {
            throw new InvalidOperationException(error.Message + "\n" + markdown, error);
        }
    }

    private static AnnotatedText RandomAnnotations(ArticleBuilder sample, Random random)
    {
        var annotated = sample.Annotated();
        (int Start, int End, int Sentence) Range()
        {
            var s = annotated.Sentences[random.Next(annotated.Sentences.Count)];
            var start = random.Next(s.Start, s.End);
            return (start, random.Next(start + 1, s.End + 1), s.Index);
        }
        var ids = new[] { "russia", "ukraine", "vladimir-putin" };
        var actors = ids.Select(id => new ActorAnnotation(id, id, ActorKind.Person, "russia", "role", true,
            Enumerable.Range(0, random.Next(0, 4)).Select(_ => Range()).Select(r => new Mention(r.Start, r.End, r.Sentence)).ToEquatableArray())).ToList();
        actors.Add(new ActorAnnotation("new-person", "New Person", ActorKind.Person, "none", "unnamed: role", false,
            new[] { Range() }.Select(r => new Mention(r.Start, r.End, r.Sentence)).ToEquatableArray()));
        return annotated with
        {
            Actors = actors.ToEquatableArray(),
            Dates = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Range()).Select(r => new DateAnnotation(r.Start, r.End, r.Sentence,
                TimexType.Date, random.Next(2) == 0 ? "2025-07-23" : "PRESENT_REF", (TimexMod)random.Next(7))).ToEquatableArray(),
            Demands = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Range()).Select(r => new DemandAnnotation(
                random.Next(2) == 0 ? "russia" : "ukraine", "ceasefire", (Stance)random.Next(5), r.Sentence, r.Start, r.End,
                random.Next(2) == 0 ? null : "vladimir-putin")).ToEquatableArray(),
            Quotes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Range()).Select(r => new QuoteAnnotation(r.Start, r.End, r.Sentence,
                random.Next(2) == 0 ? null : "new-person")).ToEquatableArray(),
            Claims = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Range()).Select(r => new ClaimAnnotation(r.Start, r.End, r.Sentence,
                "narrator", random.Next(2) == 0 ? null : "ukraine")).ToEquatableArray(),
        };
    }

    private static bool Crosses(int start, int end, AnnotatedText annotated)
    {
        var others = annotated.Actors.SelectMany(a => a.Mentions.Select(m => (m.Start, m.End)))
            .Concat(annotated.Dates.Select(d => (d.Start, d.End)))
            .Concat(annotated.Demands.Select(d => (d.Start, d.End)))
            .Concat(annotated.Quotes.Select(q => (q.Start, q.End)))
            .Concat(annotated.Claims.Select(c => (c.Start, c.End)));
        return others.Any(o => o.Start < start && start < o.End && o.End < end || start < o.Start && o.Start < end && end < o.End
            || (o.Start, o.End) != (start, end) && Trimmed(annotated.Text, o) == Trimmed(annotated.Text, (start, end)));
    }

    private static (int, int) Trimmed(string text, (int Start, int End) r)
    {
        var (s, e) = r;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }
}
