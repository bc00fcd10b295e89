using StaticBriefing.Annotation.Model;

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

    private const string Lead = "The Oslo grain talks of March 2027 were the third round between Northwind and Vantreck, held in early March 2027.[1] The round ended without a quota deal.[2]";

    /// <summary>A fuller wiki page: hatnote, notice, infobox, contents, sections with edit links, see-also and references.</summary>
    private static string FullPage() => string.Join("\n",
        "Jump to content", "Main menu", "Search", Title, "Article", "Talk", "Edit", "View history",
        "From Quillopedia, the free encyclopedia",
        "For the first rounds, see Northwind–Vantreck grain negotiations (2026–present).",
        "This article is about a current event. Information may change rapidly as the event progresses.",
        Title, "Date", "2–4 March 2027", "Location", "Oslo City Hall", "Participants", "Northwind", "Vantreck", "Outcome", "No agreement on quotas",
        Lead,
        "Contents", "1 Background", "2 Positions", "2.1 Northwind", "3 References",
        "Background", "[edit]",
        "Northwind had asked for a fixed export quota of two million tonnes, which Vantreck refused in February.[3]",
        "Positions", "[edit]",
        "Vantreck offered a sliding quota tied to the harvest, and Northwind called the offer unserious.[citation needed]",
        "As of March 2027, a fourth round was planned for the summer.[2]",
        "See also", "Northwind–Vantreck relations", "Grain corridor",
        "References", "[edit]",
        "^ a b \"Oslo grain round opens\". Fjord Courier. 2 March 2027.",
        "^ Berg, Ola (4 March 2027). \"Vantreck rejects fixed quota as Oslo round ends\". Harbour Wire.",
        "^ \"Northwind sets quota demand\". Fjord Courier. 20 February 2027.",
        "Categories: 2027 in Norway | Grain trade",
        "This page was last edited on 9 March 2027, at 11:20 (UTC).",
        "Privacy policy", "About Quillopedia", "");

    [Fact]
    public void The_infobox_with_its_caption_labels_and_values_is_content()
    {
        var article = Readers.Read(FullPage());
        article.Title.ShouldBe(Title);
        article.Paragraphs.Take(10).ShouldBe([Title, "Date", "2–4 March 2027", "Location", "Oslo City Hall", "Participants", "Northwind", "Vantreck", "Outcome", "No agreement on quotas"]);
        article.Paragraphs[10].ShouldBe(Lead);
    }

    [Fact]
    public void The_hatnote_the_notice_and_the_contents_table_are_chrome_and_the_section_headings_content()
    {
        var body = Readers.Read(FullPage()).Body;
        body.ShouldNotContain("For the first rounds");
        body.ShouldNotContain("current event");
        body.ShouldNotContain("Contents");
        body.ShouldNotContain("2.1 Northwind");
        body.ShouldNotContain("[edit]");
        body.ShouldContain("\n\nBackground\n\nNorthwind had asked");
        body.ShouldContain("\n\nPositions\n\nVantreck offered");
    }

    [Fact]
    public void The_reference_list_is_content_even_after_see_also_and_the_footer_is_not()
    {
        var article = Readers.Read(FullPage());
        article.Paragraphs.TakeLast(4).ShouldBe([
            "References",
            "^ a b \"Oslo grain round opens\". Fjord Courier. 2 March 2027.",
            "^ Berg, Ola (4 March 2027). \"Vantreck rejects fixed quota as Oslo round ends\". Harbour Wire.",
            "^ \"Northwind sets quota demand\". Fjord Courier. 20 February 2027."]);
        article.Body.ShouldNotContain("Grain corridor");
        article.Body.ShouldNotContain("See also");
    }

    [Fact]
    public void The_last_edited_stamp_dates_the_page_before_an_as_of_in_the_text()
    {
        var article = Readers.Read(FullPage());
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 9));
    }
}
