using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Markdown;
using StaticBriefing.Markdown.Attributes;
using StaticBriefing.Tests.Briefs;

namespace StaticBriefing.Tests.Markdown;

/// <summary>Huge or deeply nested input finishes quickly and fails, if at all, with a one-line error.</summary>
public class PathologicalInputTests
{
    [Fact]
    public void Deeply_nested_spans_are_a_one_line_error_not_a_crash()
    {
        var depth = 5000;
        var body = "[" + new string('[', depth) + "x" + string.Concat(Enumerable.Repeat("]{.actor ref=russia}", depth)) + "]{#s-cccccc}\n";
        var markdown = BriefParserErrorTests.Valid + "\n\n" + body;
        var error = Should.Throw<DataFileException>(() => BriefParser.Parse(new DataFile("b.md", markdown), Fixtures.Vocabulary));
        error.Message.ShouldStartWith("b.md:27: markup nested more than 32 levels deep");
    }

    [Fact]
    public void A_deeply_nested_page_is_a_one_line_error_not_a_crash()
    {
        var text = "---\ntitle: X\ndescription: Y\n---\n\n" + new string('>', 20_000) + " x\n";
        Should.Throw<DataFileException>(() => StaticBriefing.Editorial.PageLoader.Parse(new DataFile("input/pages/x.md", text)))
            .Message.ShouldStartWith("input/pages/x.md:5: ");
    }

    [Fact]
    public void Deeply_nested_blocks_in_a_brief_are_a_one_line_error_not_a_crash()
    {
        var markdown = BriefParserErrorTests.Valid + "\n\n" + new string('>', 20_000) + " x\n";
        Should.Throw<DataFileException>(() => BriefParser.Parse(new DataFile("b.md", markdown), Fixtures.Vocabulary))
            .Message.ShouldStartWith("b.md:");
    }

    [Fact]
    public void A_million_brackets_and_braces_on_one_line_do_not_run_away()
    {
        var markdown = "[" + string.Concat(Enumerable.Repeat("a]{ [b, ", 200_000)) + "]{#s-aaaaaa}\n";
        HangGuard.Run(() => MarkdownPipelines.ToHtml(markdown)).ShouldNotBeEmpty();
    }

    [Fact]
    public void An_unclosed_quoted_attribute_value_over_a_huge_line_is_not_an_attribute_block()
    {
        var text = "{.a k=\"" + new string('x', 5_000_000);
        SpanAttributesParser.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_huge_brief_body_without_sentences_is_a_one_line_error()
    {
        var markdown = BriefParserErrorTests.Valid + "\n\n" + new string('z', 2_000_000) + "\n";
        var error = Should.Throw<DataFileException>(() => BriefParser.Parse(new DataFile("b.md", markdown), Fixtures.Vocabulary));
        error.Message.ShouldStartWith("b.md:27: text outside a sentence span");
        error.Message.Length.ShouldBeLessThan(200);
    }
}
