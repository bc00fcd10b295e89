using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>Byline shapes, wire datelines, outlet-first copyright lines and labelled date lines, on invented pages.</summary>
public class BylineAndDatelineTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva to discuss a new fishing treaty.";

    [Fact]
    public void A_wire_dateline_with_region_and_agency_gives_date_and_outlet_and_is_stripped()
    {
        var article = Readers.Read($"Fishing Talks Resume in Geneva\n\nBy Ana Ruiz\n\nVALPARAISO, Chile, March 14 (Andes Wire) - {Body}\n\n© 2024 all rights reserved\n");
        article.Published.ShouldBe(new ReferenceDate(2024, 3, 14));
        article.PublishedBasis.ShouldBe("dateline 'VALPARAISO, Chile, March 14 (Andes Wire)'");
        article.Outlet.ShouldBe("Andes Wire");
        article.Author.ShouldBe("Ana Ruiz");
        article.Paragraphs.ShouldBe([Body]);
    }

    [Fact]
    public void An_outlet_named_by_the_page_wins_over_the_wire_agency() =>
        Readers.Read($"OSLO, 14 March (Nordic Wire) – {Body}\n\n© 2025 Harbour Gazette\n").Outlet.ShouldBe("Harbour Gazette");

    [Theory]
    [InlineData("By Maria Soto, Fisheries Correspondent, Pacific Desk", "Maria Soto")]
    [InlineData("By Maria Soto | Pacific Desk", "Maria Soto")]
    [InlineData("By Maria Soto – Pacific Desk", "Maria Soto")]
    [InlineData("By Maria Soto and Tom Berg", "Maria Soto and Tom Berg")]
    [InlineData("By Maria Soto in Valparaíso", "Maria Soto")]
    [InlineData("By Maria Soto and Tom Berg in Punta Arenas", "Maria Soto and Tom Berg")]
    [InlineData("By Maria Soto from Santiago, Fisheries Correspondent", "Maria Soto")]
    public void A_byline_with_a_role_or_a_separator_gives_the_author(string byline, string author) =>
        Readers.Read($"Fishing Talks Resume in Geneva\n\n{byline}\n\n{Body}\n").Author.ShouldBe(author);

    [Theory]
    [InlineData("By Maria Soto | 14.03.2025", "byline '14.03.2025'")]
    [InlineData("By Maria Soto, 14/03/2025", "byline '14/03/2025'")]
    [InlineData("By Maria Soto - 2025-03-14", "byline '2025-03-14'")]
    public void A_numeric_byline_date_is_the_publication_date(string byline, string basis)
    {
        var article = Readers.Read($"Fishing Talks Resume in Geneva\n\n{byline}\n\n{Body}\n");
        article.Author.ShouldBe("Maria Soto");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 14));
        article.PublishedBasis.ShouldBe(basis);
    }

    [Fact]
    public void A_byline_inside_a_post_meta_block_still_gives_the_author_and_the_block_date()
    {
        var article = Readers.Read($"Fishing Talks Resume in Geneva\n\nBy Maria Soto, Senior Fellow\n14 March 2025\n6 min read\n\n{Body}\n");
        article.Author.ShouldBe("Maria Soto");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 14));
        article.Paragraphs.ShouldBe([Body]);
    }

    [Theory]
    [InlineData("© Harbour Gazette 2024", "Harbour Gazette")]
    [InlineData("Copyright © Andes Daily, 2019–2025. All rights reserved.", "Andes Daily")]
    public void An_outlet_first_copyright_line_gives_the_outlet(string line, string outlet) =>
        Readers.Read($"{Body}\n\n{line}\n").Outlet.ShouldBe(outlet);

    [Fact]
    public void A_labelled_date_line_with_a_clock_time_gives_the_publication_date()
    {
        var article = Readers.Read($"Fishing Talks Resume in Geneva\n\nPublished: 14.03.2025, 10:05 CET\n\n{Body}\n");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 14));
        article.Paragraphs.ShouldBe([Body]);
    }
}
