using StaticBriefing.Markdown.Annotations;
using StaticBriefing.Tests.Briefs;

namespace StaticBriefing.Tests.Markdown;

/// <summary>BriefBodyHtml.RenderParts: the leading headline's inline HTML apart from the rest of the body.</summary>
public class HeadlineHtmlTests
{
    private const string HostileHeadline = "Kyiv proposes a summit <script>alert(1)</script> in Geneva";

    [Fact]
    public void The_headline_is_its_sentence_span_with_anchor_and_escaped_text_and_no_heading_element()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithHeadline(HostileHeadline));
        var anchor = brief.Sentences[0].Anchor;

        var (headline, _) = BriefBodyHtml.RenderParts(brief, new TestLinks(), Fixtures.Vocabulary);

        headline.ShouldNotBeNull();
        headline.ShouldStartWith($"<span class=\"s\" id=\"{anchor}\">");
        headline.ShouldContain("<a class=\"actor\" href=\"../../actors/ukraine/index.html\"");
        headline.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        headline.ShouldNotContain("<script");
        headline.ShouldNotContain("<h1");
        headline.ShouldNotContain("<p>");
    }

    [Fact]
    public void The_body_holds_the_sentences_after_the_headline_only()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithHeadline());

        var (_, body) = BriefBodyHtml.RenderParts(brief, new TestLinks(), Fixtures.Vocabulary);

        body.ShouldNotContain(brief.Sentences[0].Anchor);
        body.ShouldNotContain("Geneva");
        body.ShouldNotContain("<h1");
        body.ShouldStartWith($"<p><span class=\"s\" id=\"{brief.Sentences[1].Anchor}\">");
        body.ShouldContain(brief.Sentences[2].Anchor);
    }

    [Fact]
    public void Without_a_headline_heading_there_is_no_headline_and_the_body_is_whole()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithoutHeadline());

        var (headline, body) = BriefBodyHtml.RenderParts(brief, new TestLinks(), Fixtures.Vocabulary);

        headline.ShouldBeNull();
        body.ShouldBe(BriefBodyHtml.Render(brief, new TestLinks(), Fixtures.Vocabulary));
        body.ShouldContain(brief.Sentences[0].Anchor);
    }
}
