using StaticBriefing.Briefs.Parsing;

namespace StaticBriefing.Tests.Markdown;

/// <summary>What the parser reads from a brief body: Specs/body-parse.yml.</summary>
public class BodyParseSpecTests
{
    private const string File = "body-parse.yml";

    public static TheoryData<string> Examples => SpecFile.Names<ParseExample>(File, e => e.Name);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reads_as_specified(string name)
    {
        var example = SpecFile.Load<ParseExample>(File).Single(e => e.Name == name);
        var body = BodyReader.Read("b.md", example.Markdown, 1);
        body.Sentences.Select(s => $"{s.Anchor} | {s.Paragraph} | {s.Text}").ShouldBe(example.Sentences);
        body.Spans.Select(s => $"{string.Join(' ', [s.Kind, .. s.Attributes.Properties.Select(p => $"{p.Key}={p.Value}")])} | {s.Text} | {s.Sentence}")
            .ShouldBe(example.Spans);
    }
}
