using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Annotation.Tests.Actors;
using StaticBriefing.Annotation.Tests.Specs;

namespace StaticBriefing.Annotation.Tests.Sentences;

/// <summary>Runs Specs/sentences.yml: rows { text } per sentence.</summary>
public sealed class SentenceSpecTests
{
    private const string File = "sentences.yml";

    public static TheoryData<string> Cases => SpecFile.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_spec(string name)
    {
        var spec = SpecFile.Case(File, name);
        var sentences = new SentenceSplitter(Knowledge.Sentences).Split(spec.Text);
        SpecAssert.Matches(spec, sentences
            .Select(s => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?> { ["text"] = s.TextOf(spec.Text) })
            .ToList());
    }

    [Fact]
    public void Sentences_are_numbered_in_order_and_trimmed()
    {
        const string text = "  One.  Two!\n\n Three? ";
        var sentences = new SentenceSplitter(Knowledge.Sentences).Split(text);
        sentences.Select(s => s.Index).ShouldBe([0, 1, 2]);
        sentences.ShouldAllBe(s => !char.IsWhiteSpace(text[s.Start]) && !char.IsWhiteSpace(text[s.End - 1]));
    }
}
