namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented wiki article: the site's tagline under the title names the outlet and is no title,
/// and the "last edited" stamp of its footer, with a bracketed time zone, is a date line, not text.
/// </summary>
public class EncyclopaediaPageTests
{
    private const string Title = "Oslo grain talks (March 2027)";
    private const string Body = "The Oslo grain talks were the third round of negotiations between Northwind and Vantreck, held in early March 2027.";
    private const string Second = "The round ended without an agreement on export quotas, and both delegations left Oslo on 5 March.";

    private static string Page() =>
        $"Jump to content\nMain menu\nSearch\n{Title}\nArticle\nTalk\nFrom Quillopedia, the free encyclopedia\n{Body}\n{Second}\n"
        + "This page was last edited on 9 March 2027, at 11:20 (UTC).\nPrivacy policy\n";

    [Fact]
    public void The_tagline_names_the_outlet_and_is_not_the_title()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Title);
        article.Outlet.ShouldBe("Quillopedia");
        article.Body.ShouldNotContain("free encyclopedia");
    }

    [Fact]
    public void The_last_edited_stamp_is_a_date_line()
    {
        var article = Readers.Read(Page());
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
