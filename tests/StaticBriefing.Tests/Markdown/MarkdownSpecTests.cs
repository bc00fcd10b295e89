using StaticBriefing.Markdown;

namespace StaticBriefing.Tests.Markdown;

/// <summary>The Markdig pipeline with bracketed spans, generic rendering: Specs/spans.yml.</summary>
public class MarkdownSpecTests
{
    private const string File = "spans.yml";

    public static TheoryData<string> Examples => SpecFile.Names<HtmlExample>(File, e => e.Name);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_as_specified(string name)
    {
        var example = SpecFile.Load<HtmlExample>(File).Single(e => e.Name == name);
        MarkdownPipelines.ToHtml(example.Markdown).ShouldBe(example.Html);
    }
}
