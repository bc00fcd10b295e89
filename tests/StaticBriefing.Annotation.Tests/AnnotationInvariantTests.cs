using System.Text;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Annotation.Tests.Actors;

namespace StaticBriefing.Annotation.Tests;

/// <summary>
/// Whatever the text (seeds, odd fragments, random mixes of names, quotes and punctuation):
/// sentences are ordered, disjoint, trimmed and numbered; every mention and quote lies inside the
/// text and names the sentence that holds it; actors come in order of first mention with unique
/// kebab-case ids.
/// </summary>
public sealed class AnnotationInvariantTests
{
    private static readonly SentenceSplitter Splitter = new(Knowledge.Sentences);
    private static readonly ActorRecognizer Recognizer = new(Knowledge.Actors);
    private static readonly QuoteFinder Quotes = new(Knowledge.Actors);

    public static TheoryData<string> OddTexts => new()
    {
        "", " ", "\n\n\n", ".", "“", "”", "\"", "'", "(", ")", "(/)", "By", "By ", "By X", "U.S.", "Mr.", "•", "  • ", "1.", "1. ",
        "Kremlin’s", "’s", "the", "its delegation", "(A B/C D", "Putin,", ", Putin,", "“Putin”", "“a b” he said", "said",
        "The Russian president of", "President", "President of", "Secretary General", "(ABC)", " (ABC)", "X (ABC)",
        "\u0000\u0001\u0002", "ééé ÉÉÉ", "Zelensky\u00A0", "\r\n\r\n", "Russia\n\nUkraine", "… … …", "?!?!", "“”“”", "‘’‘’",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Odd_fragments_keep_the_invariants(string text) => Check(text);

    [Fact]
    public void Seeds_keep_the_invariants()
    {
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt"))
        {
            Check(File.ReadAllText(seed));
        }
    }

    [Fact]
    public void Random_mixes_keep_the_invariants()
    {
        string[] pieces =
        [
            "Putin", "Vladimir Putin", "Kremlin", "Kremlin’s", "the", "The", "Russian", "president", "delegation", "its", "said",
            "told", "By", "(", ")", "/", ",", ".", "“", "”", "\"", "‘", "’", "'", "\n", "\n\n", "  • ", "1. ", "U.S.", "Mr.",
            "Elizaveta Fokht", "correspondent", "according to", "agency", "of", "Ukraine", "in", "Turkey", "(ISW)", "—", "…",
            "Secretary", "General", "Anna", "Smith", "’s", "\u00A0",
        ];
        var random = new Random(20250722);
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 80);
            for (var i = 0; i < length; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(' ');
                }
            }
            Check(text.ToString());
        }
    }

    private static void Check(string text)
    {
        var sentences = Splitter.Split(text);
        var previousEnd = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            sentence.Index.ShouldBe(i);
            sentence.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
            sentence.End.ShouldBeGreaterThan(sentence.Start);
            char.IsWhiteSpace(text[sentence.Start]).ShouldBeFalse();
            char.IsWhiteSpace(text[sentence.End - 1]).ShouldBeFalse();
            previousEnd = sentence.End;
        }
        var actors = Recognizer.Recognize(text, sentences);
        actors.Select(a => a.Id).ShouldBeUnique();
        actors.Select(a => a.Mentions[0].Start).ShouldBeInOrder();
        foreach (var actor in actors)
        {
            actor.Id.ShouldMatch("^[a-z0-9]+(-[a-z0-9]+)*$");
            foreach (var mention in actor.Mentions)
            {
                CheckSpan(text, sentences, mention.Start, mention.End, mention.Sentence);
            }
        }
        foreach (var quote in Quotes.Find(text, sentences, actors))
        {
            CheckSpan(text, sentences, quote.Start, quote.End, quote.Sentence);
            if (quote.SpeakerId is not null)
            {
                actors.ShouldContain(a => a.Id == quote.SpeakerId);
            }
        }
    }

    private static void CheckSpan(string text, EquatableArray<Sentence> sentences, int start, int end, int sentence)
    {
        start.ShouldBeGreaterThanOrEqualTo(0);
        end.ShouldBeGreaterThan(start);
        end.ShouldBeLessThanOrEqualTo(text.Length);
        sentence.ShouldBeInRange(0, sentences.Count - 1);
        sentences[sentence].Start.ShouldBeLessThanOrEqualTo(start);
        if (sentence + 1 < sentences.Count)
        {
            sentences[sentence + 1].Start.ShouldBeGreaterThan(start);
        }
    }
}
