using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;
using StaticBriefing.Markdown.Annotations;
using StaticBriefing.Tests.Markdown;

namespace StaticBriefing.Tests.Briefs;

/// <summary>Article text full of markup goes through write → parse → HTML and comes out as text.</summary>
public class HostileArticleTests
{
    [Fact]
    public void Markup_in_article_text_is_shown_literally_and_never_executed()
    {
        var sample = new ArticleBuilder()
            .Paragraph("<script>alert('x')</script> said *Moscow* _today_.", "See [this](javascript:alert(1)) & &amp; `code`.")
            .Paragraph("# Not a heading.", "1. Not a list.", "- Not an item either.")
            .Actor("russia", "Russia", ActorKind.State, "russia", "party", true, (0, "Moscow"));
        var markdown = BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon);
        var brief = BriefParser.Parse(new DataFile("b.md", markdown), Fixtures.Vocabulary);
        var html = BriefBodyHtml.Render(brief, new TestLinks(), Fixtures.Vocabulary);

        html.ShouldNotContain("<script");
        html.ShouldNotContain("href=\"javascript");
        html.ShouldNotContain("<em>");
        html.ShouldNotContain("<h1");
        html.ShouldNotContain("<ol");
        html.ShouldNotContain("<ul");
        html.ShouldNotContain("<code>");
        html.ShouldContain("&lt;script&gt;alert('x')&lt;/script&gt; said *<a class=\"actor\"");
        html.ShouldContain("See [this](javascript:alert(1)) &amp; &amp;amp; `code`.");
        html.ShouldContain("# Not a heading.");
        brief.Sentences.Select(s => s.Text).ShouldBe(sample.SentenceTexts);
    }
}
