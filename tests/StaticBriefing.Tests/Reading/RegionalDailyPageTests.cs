using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented regional daily's page: a byline of a bare name above a dateline place in capitals and
/// "Published - DATE TIME ZONE" stamps (a zone the rules did not list before), and a copyright line
/// with a comma after the year.
/// </summary>
public class RegionalDailyPageTests
{
    private const string Headline = "Norway and Chile reopen fishing talks in Geneva";
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to discuss a new fishing treaty.";
    private const string Second = "Both delegations said the talks would continue next month in Santiago.";

    private static string Page(string copyright) =>
        $"The Fjord Herald\n{Headline}\nIngrid Solberg\nOSLO\nPublished - April 14, 2025 07:15 pm IST\nUpdated - April 14, 2025 09:02 pm IST\n{Body}\n{Second}\n{copyright}\n";

    [Fact]
    public void A_bare_name_above_a_capitals_dateline_and_a_published_stamp_is_the_author()
    {
        var article = Readers.Read(Page("Copyright© 2025, The Fjord Herald"));
        article.Author.ShouldBe("Ingrid Solberg");
    }

    [Fact]
    public void Published_and_updated_stamps_with_a_dash_and_a_time_zone_are_not_article_text()
    {
        var article = Readers.Read(Page("Copyright© 2025, The Fjord Herald"));
        article.Body.ShouldNotContain("Published");
        article.Body.ShouldNotContain("Updated");
        article.Published.ShouldBe(new ReferenceDate(2025, 4, 14));
    }

    [Fact]
    public void A_comma_after_the_copyright_year_is_not_part_of_the_outlet()
    {
        var article = Readers.Read(Page("Copyright© 2025, The Fjord Herald"));
        article.Outlet.ShouldBe("The Fjord Herald");
    }
}
