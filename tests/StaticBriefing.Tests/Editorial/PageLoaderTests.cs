using StaticBriefing.Annotation.Data;
using StaticBriefing.Editorial;

namespace StaticBriefing.Tests.Editorial;

public class PageLoaderTests
{
    [Fact]
    public void The_about_and_method_pages_load_with_titles_and_text()
    {
        var pages = PageLoader.LoadAll(RepositoryPaths.Root);
        pages.Select(p => p.Slug).ShouldBe(["about", "method"]);
        pages.ShouldAllBe(p => p.Title.Length > 0 && p.Description.Length > 0);
        pages.Single(p => p.Slug == "method").Html.ShouldContain("<table>");
        pages.Single(p => p.Slug == "about").Html.ShouldContain("href=\"../method/index.html\"");
    }

    [Fact]
    public void Raw_html_in_a_page_is_escaped()
    {
        var page = PageLoader.Parse(new DataFile("input/pages/x.md", "---\ntitle: X\ndescription: Y\n---\n\n<script>alert(1)</script>\n\nHi <b onclick=\"e()\">there</b>\n"));
        page.Html.ShouldNotContain("<script");
        page.Html.ShouldNotContain("<b ");
        page.Html.ShouldContain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("---\ntitle: X\n---\n\nText\n", "input/pages/x.md:2: ", "description")]
    [InlineData("---\ntitle: X\ndescription: Y\nmenu: top\n---\n\nText\n", "input/pages/x.md:4: ", "menu")]
    [InlineData("---\ntitle: X\ndescription: Y\n---\n\n", "input/pages/x.md:5: ", "no text")]
    [InlineData("No front matter\n", "input/pages/x.md:1: ", "---")]
    public void Bad_pages_are_one_line_errors(string text, string start, string mention)
    {
        var error = Should.Throw<DataFileException>(() => PageLoader.Parse(new DataFile("input/pages/x.md", text)));
        error.Message.ShouldStartWith(start);
        error.Message.ShouldContain(mention);
    }

    [Fact]
    public void A_page_file_name_must_be_a_url_slug() =>
        Should.Throw<DataFileException>(() => PageLoader.Parse(new DataFile("input/pages/About Us.md", "---\ntitle: X\ndescription: Y\n---\n\nT\n")))
            .Message.ShouldStartWith("input/pages/About Us.md: ");
}
