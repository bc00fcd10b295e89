using StaticBriefing.Briefs.Anchors;
using StaticBriefing.Briefs.Writing;

namespace StaticBriefing.Tests.Briefs;

/// <summary>The article's own headline opens the brief body as an annotated level-one heading.</summary>
public class HeadlineWriterTests
{
    [Fact]
    public void The_headline_is_the_first_line_as_a_level_one_heading_and_the_body_follows_after_a_blank_line()
    {
        var sample = HeadlineSamples.WithHeadline();
        var s = sample.SentenceTexts.Select(SentenceAnchor.Of).ToArray();

        var body = BodyOf(BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon));

        body.ShouldBe(
            $"# [[Kyiv]{{.actor ref=ukraine}} proposes [a summit]{{.demand party=ukraine issue=leaders-meeting stance=proposes actor=ukraine}} in Geneva]{{#{s[0]}}}\n" +
            "\n" +
            $"[{HeadlineSamples.Lead}]{{#{s[1]}}} [{HeadlineSamples.Second}]{{#{s[2]}}}\n");
    }

    [Fact]
    public void Without_a_headline_no_line_is_a_heading_even_when_the_first_paragraph_looks_like_one()
    {
        var sample = HeadlineSamples.WithoutHeadline();

        var body = BodyOf(BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon));

        body.ShouldStartWith("[[Kyiv]{.actor ref=ukraine} proposes");
        body.Split('\n').ShouldNotContain(line => line.StartsWith('#'));
    }

    /// <summary>The Markdown after the front matter and the blank line that follows it.</summary>
    private static string BodyOf(string markdown)
    {
        const string Close = "\n---\n\n";
        var end = markdown.IndexOf(Close, StringComparison.Ordinal);
        end.ShouldBeGreaterThan(0, "no end of front matter");
        return markdown[(end + Close.Length)..];
    }
}
