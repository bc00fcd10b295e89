using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// The top of a page in the shapes magazines and wires use, on invented pages: a masthead above
/// the headline, section kickers, a standfirst between headline and byline, bylines whose place and
/// date follow any separator; and numbered teaser lists after the body.
/// </summary>
public class PageHeadShapeTests
{
    private const string Headline = "Quota Deal Leaves Small Fishing Ports Waiting for Answers";
    private const string Standfirst = "The treaty signed in Geneva sets catch limits for ten years. Harbour towns say nobody asked them.";
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to sign a new fishing treaty.";
    private const string Second = "Both delegations said the quotas would be reviewed next spring in Santiago.";

    [Theory]
    [InlineData("Harbour Gazette", "© 2024 Harbour Gazette. All rights reserved.")]
    [InlineData("The Harbour Gazette", "© Harbour Gazette 2024")]
    [InlineData("THE HARBOUR GAZETTE", "Copyright 2024 The Harbour Gazette")]
    public void A_masthead_naming_the_outlet_of_the_copyright_line_is_not_the_title(string masthead, string copyright)
    {
        var article = Readers.Read($"{masthead}\n\n{Headline}\n\n{Body}\n\n{Second}\n\n{copyright}\n");
        article.Title.ShouldBe(Headline);
        article.Outlet.ShouldNotBeNull().ShouldEndWith("Harbour Gazette");
        article.Paragraphs.ShouldBe([Body, Second]);
    }

    [Fact]
    public void A_masthead_naming_the_wire_of_the_dateline_is_not_the_title()
    {
        var article = Readers.Read($"Pacific Wire Service\n\n{Headline}\n\nSANTIAGO, March 3 (Pacific Wire Service) – {Body}\n\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Outlet.ShouldBe("Pacific Wire Service");
        article.Paragraphs.ShouldBe([Body, Second]);
    }

    [Fact]
    public void A_masthead_named_in_a_standards_line_is_not_the_title()
    {
        var article = Readers.Read($"Andes Morning Bulletin\n{Headline}\n\n{Body}\n\n{Second}\n\nOur Standards: The Andes Morning Bulletin Trust Principles.\n");
        article.Title.ShouldBe(Headline);
        article.Outlet.ShouldBe("Andes Morning Bulletin");
        article.Paragraphs.ShouldBe([Body, Second]);
    }

    [Fact]
    public void A_first_line_reading_like_an_outlet_above_the_headline_is_the_masthead_and_the_outlet()
    {
        var article = Readers.Read($"The Fjord Herald\n\n{Headline}\n\n{Body}\n\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Outlet.ShouldBe("The Fjord Herald");
        article.Paragraphs.ShouldBe([Body, Second]);
    }

    [Fact]
    public void A_headline_with_an_outlet_word_and_no_second_headline_stays_the_title() =>
        Readers.Read($"Daily Catch Limits Cut\n\n{Body}\n\n{Second}\n").Title.ShouldBe("Daily Catch Limits Cut");

    [Fact]
    public void A_short_headline_sharing_words_with_a_tag_line_stays_the_title() =>
        Readers.Read($"Fishing Treaty Signed\n\n{Body}\n\n{Second}\n\nTags: Fishing treaty signed · Chile · Norway\n").Title.ShouldBe("Fishing Treaty Signed");

    [Fact]
    public void A_short_headline_that_is_not_the_outlet_stays_the_title()
    {
        var article = Readers.Read($"Ports Demand Answers Now\n\n{Body}\n\n{Second}\n\n© 2024 Harbour Gazette\n");
        article.Title.ShouldBe("Ports Demand Answers Now");
    }

    [Theory]
    [InlineData("COMMENT | FEATURE")]
    [InlineData("News analysis · Exclusive")]
    [InlineData("INTERVIEW")]
    [InlineData("Fisheries › Pacific")]
    public void A_section_kicker_or_short_breadcrumb_above_the_headline_goes(string kicker)
    {
        var article = Readers.Read($"{kicker}\n{Headline}\n\n{Body}\n\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Paragraphs.ShouldBe([Body, Second]);
    }

    [Fact]
    public void A_subheading_made_of_a_section_word_inside_the_body_stays() =>
        Readers.Read($"{Body}\n\nAnalysis\n\n{Second}\n").Paragraphs.ShouldBe([Body, "Analysis", Second]);

    [Theory]
    [InlineData("By Lise Dahl, Tromsø · Monday 10 March 2025")]
    [InlineData("By Lise Dahl | March 10, 2025")]
    [InlineData("By Lise Dahl – Tromsø, 10 March 2025")]
    [InlineData("By Lise Dahl, Tromsø, 10.03.2025")]
    public void A_byline_after_the_standfirst_gives_author_and_date_and_the_standfirst_stays(string byline)
    {
        var article = Readers.Read($"{Headline}\n{Standfirst}\n{byline}\n\n{Body}\n\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Author.ShouldBe("Lise Dahl");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 10));
        article.Paragraphs.ShouldBe([Standfirst, Body, Second]);
    }

    [Theory]
    [InlineData("By Jan van der Berg | 10 March 2025", "Jan van der Berg")]
    [InlineData("By Ana de la Cruz and Lise Dahl, Lima · 10 March 2025", "Ana de la Cruz and Lise Dahl")]
    public void A_byline_name_may_carry_lower_case_particles(string byline, string author)
    {
        var article = Readers.Read($"{Headline}\n{byline}\n\n{Body}\n");
        article.Author.ShouldBe(author);
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 10));
    }

    [Fact]
    public void A_sentence_opening_with_by_in_the_second_paragraph_is_not_a_byline()
    {
        const string byTime = "By Friday Evening, Santiago and Oslo had agreed to share the inspection costs.";
        var article = Readers.Read($"{Headline}\n\n{Body}\n\n{byTime}\n");
        article.Author.ShouldBeNull();
        article.Paragraphs.ShouldBe([Body, byTime]);
    }

    [Theory]
    [InlineData("1. ", "2. ", "3. ")]
    [InlineData("1) ", "2) ", "3) ")]
    [InlineData("• ", "• ", "• ")]
    public void A_numbered_or_bulleted_teaser_list_goes_even_when_items_read_like_sentences(string one, string two, string three)
    {
        var page = $"{Headline}\n\n{Body}\n\n{Second}\n\nMost popular\n{one}Why are salmon prices rising again this winter in Oslo?\n"
            + $"{two}Penguins return to the southern beaches\n{three}Ferry operators warn of strikes over the holiday season.\n";
        Readers.Read(page).Paragraphs.ShouldBe([Body, Second]);
    }

    [Fact]
    public void A_numbered_list_inside_the_body_without_a_list_heading_stays()
    {
        const string item = "1. Each fleet will carry an observer from the other country on every trip.";
        Readers.Read($"{Body}\n\n{item}\n\n{Second}\n").Paragraphs.ShouldBe([Body, item, Second]);
    }

    [Theory]
    [InlineData("LIMA, March 3 (Andes Wire) – Talks resumed.", "Talks resumed.")]
    [InlineData("Lima – Talks resumed.", "Lima – Talks resumed.")]
    public void Without_dateline_strips_only_a_dated_dateline(string sentence, string expected) =>
        Readers.Seed.WithoutDateline(sentence).ShouldBe(expected);

    [Theory]
    [InlineData("World | Fish wars")]
    [InlineData("Markets > Deep sea fisheries")]
    public void A_rubric_after_a_section_name_and_a_one_arrow_breadcrumb_are_not_the_title(string kicker)
    {
        var article = Readers.Read($"Harbour Gazette\n{kicker}\n{Headline}\n{Standfirst}\n\n{Body}\n\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Paragraphs.ShouldNotContain(kicker);
    }

    [Fact]
    public void A_short_headline_after_a_section_name_and_a_colon_stays_the_title()
    {
        var article = Readers.Read($"Harbour Gazette\nWorld: Fish wars\n{Standfirst}\n\n{Body}\n\n{Second}\n");
        article.Title.ShouldBe("World: Fish wars");
    }

    [Fact]
    public void A_magazine_date_line_with_places_after_a_bar_gives_the_publication_date()
    {
        var article = Readers.Read($"Harbour Gazette\n{Headline}\nMar 10th 2025 | Oslo and Santiago\n\n{Body}\n\n{Second}\n");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 10));
        article.Paragraphs.ShouldBe([Body, Second]);
    }
}
