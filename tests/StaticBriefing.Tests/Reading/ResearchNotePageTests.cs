using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented bank research note: a distribution notice above the kicker, a stamp with a reading
/// time, chart captions with their source lines, a regulatory tail and analysts' contact lines.
/// </summary>
public class ResearchNotePageTests
{
    private const string Headline = "Grain Outlook: Northwind harvest talks stall over export quotas";
    private const string Takeaway = "We lower our forecast for wheat exports to 12 million tonnes after the talks in Oslo ended without a deal.";
    private const string Body = "The talks in Oslo broke down on Tuesday after the Northwind delegation refused to drop the quota.";
    private const string Second = "Both delegations said they would meet again once the harvest figures are known.";

    private static string Page(string notice = "For professional investors only. Not for retail distribution.", string tail = "") =>
        $"Vantreck Markets\nRates | FX | Credit | Commodities\n{notice}\nStrategy | Europe\n{Headline}\nBy Lena Marsh and Tomas Ekdal\n3 March 2027\n"
        + $"Published 3 Mar 2027, 07:10 GMT · 5 min read\nKey points\n{Takeaway}\n{Body}\n"
        + $"Chart 1: Wheat price vs. our export forecast\nSource: Vantreck Markets, Harbourline Data\n{Second}\n{tail}© 2027 Vantreck Bank plc. All rights reserved.\n";

    [Fact]
    public void A_distribution_notice_above_the_headline_is_neither_text_nor_the_first_paragraph()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Author.ShouldBe("Lena Marsh and Tomas Ekdal");
        article.Body.ShouldNotContain("investors only");
    }

    [Fact]
    public void A_release_disclaimer_under_the_headline_is_not_text()
    {
        var article = Readers.Read($"Northwind Council Press Office\n{Headline}\nNC/2027/14\nFor information media. Not an official record.\n{Body}\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_published_stamp_with_a_reading_time_is_a_date_line()
    {
        var article = Readers.Read(Page());
        article.Body.ShouldNotContain("min read");
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 3));
    }

    [Fact]
    public void A_chart_caption_and_its_source_line_are_not_article_text()
    {
        var article = Readers.Read(Page());
        article.Body.ShouldBe($"{Takeaway}\n\n{Body}\n\n{Second}");
    }

    [Fact]
    public void A_regulatory_tail_heading_ends_the_article()
    {
        var tail = "Analyst certification\nThe analysts named in this report certify that the views expressed are their own.\n"
            + "Prices are indicative as of the close on 2 March 2027.\n";
        var article = Readers.Read(Page(tail: tail));
        article.Body.ShouldBe($"{Takeaway}\n\n{Body}\n\n{Second}");
    }

    [Fact]
    public void Contact_lines_ending_in_an_international_phone_number_are_not_article_text()
    {
        var tail = "Contacts\nLena Marsh, Head of Grains | +44 20 7946 0101\nTomas Ekdal, Strategist · +46 8 555 010 22\n";
        var article = Readers.Read(Page(tail: tail));
        article.Body.ShouldBe($"{Takeaway}\n\n{Body}\n\n{Second}");
    }
}
