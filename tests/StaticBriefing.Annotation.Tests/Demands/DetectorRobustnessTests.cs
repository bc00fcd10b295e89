using System.Text;
using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>Hostile input: one huge run-on sentence full of cues must still be read (throughput is the bench command's job).</summary>
public class DetectorRobustnessTests
{
    [Theory]
    [InlineData("Kyiv wants a ceasefire and rejects this, as requested by Kyiv, while these conditions remain unacceptable to Kyiv 7,000 bodies denied ")]
    [InlineData(",")]
    [InlineData("the the of and ")]
    [InlineData("Kyiv, who must not accept a truce only after Kyiv, drafted by Kyiv, said it should never cede Donbas rather than a withdrawal, offering ")]
    [InlineData(", who , which , drafted ")]
    public void A_megabyte_sentence_is_read_in_linear_time(string unit)
    {
        var builder = new StringBuilder();
        var mentions = new List<Mention>();
        while (builder.Length < 1_000_000)
        {
            foreach (var at in Occurrences(unit, "Kyiv"))
            {
                mentions.Add(new Mention(builder.Length + at, builder.Length + at + 4, 0));
            }
            builder.Append(unit);
        }
        var text = builder.ToString();
        var sentences = new[] { new Sentence(0, 0, text.Length) }.ToEquatableArray();
        var actors = new[] { new ActorAnnotation("ukraine", "Ukraine", ActorKind.State, "ukraine", "", true, mentions.ToEquatableArray()) }.ToEquatableArray();

        var demands = new DemandDetector(LexiconFiles.Demands).Detect(text, sentences, actors, EquatableArray<QuoteAnnotation>.Empty);
        var claims = new ClaimDetector(LexiconFiles.Demands).Detect(text, sentences, actors, EquatableArray<QuoteAnnotation>.Empty);

        demands.Count.ShouldBeLessThan(1000, "entries are deduplicated per sentence");
        _ = claims;
    }

    [Fact]
    public void Demands_and_claims_read_one_shared_tokenisation_as_they_read_their_own()
    {
        var harness = new GoldHarness(GoldHarness.Names.First());
        var compiled = new Annotation.Demands.Detection.CompiledDemandLexicon(LexiconFiles.Demands);
        var shared = new Annotation.Demands.Detection.TokenizedText(compiled, harness.Text, harness.Sentences, harness.Actors);
        var quotes = EquatableArray<QuoteAnnotation>.Empty;

        new DemandDetector(compiled).Detect(shared, harness.Actors, quotes)
            .ShouldBe(new DemandDetector(LexiconFiles.Demands).Detect(harness.Text, harness.Sentences, harness.Actors, quotes));
        new ClaimDetector(compiled).Detect(shared)
            .ShouldBe(new ClaimDetector(LexiconFiles.Demands).Detect(harness.Text, harness.Sentences, harness.Actors, quotes));
    }

    [Fact]
    public void A_text_tokenised_with_another_lexicon_is_refused()
    {
        var harness = new GoldHarness(GoldHarness.Names.First());
        var other = new Annotation.Demands.Detection.TokenizedText(
            new Annotation.Demands.Detection.CompiledDemandLexicon(LexiconFiles.Demands), harness.Text, harness.Sentences, harness.Actors);
        Should.Throw<ArgumentException>(() => new DemandDetector(LexiconFiles.Demands).Detect(other, harness.Actors, EquatableArray<QuoteAnnotation>.Empty));
    }

    [Fact]
    public void Empty_input_yields_nothing()
    {
        var empty = EquatableArray<Sentence>.Empty;
        new DemandDetector(LexiconFiles.Demands).Detect("", empty, EquatableArray<ActorAnnotation>.Empty, EquatableArray<QuoteAnnotation>.Empty).Count.ShouldBe(0);
        new ClaimDetector(LexiconFiles.Demands).Detect("", empty, EquatableArray<ActorAnnotation>.Empty, EquatableArray<QuoteAnnotation>.Empty).Count.ShouldBe(0);
    }

    [Fact]
    public void The_same_input_gives_the_same_output()
    {
        var harness = new GoldHarness(GoldHarness.Names.First());
        var detector = new DemandDetector(LexiconFiles.Demands);
        var first = detector.Detect(harness.Text, harness.Sentences, harness.Actors, EquatableArray<QuoteAnnotation>.Empty);
        var second = new DemandDetector(LexiconFiles.Demands).Detect(harness.Text, harness.Sentences, harness.Actors, EquatableArray<QuoteAnnotation>.Empty);
        second.ShouldBe(first);
        first.Count.ShouldBeGreaterThan(0);
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
