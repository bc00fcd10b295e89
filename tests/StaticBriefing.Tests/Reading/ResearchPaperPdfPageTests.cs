namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented legislature's research paper as a PDF extractor gives it: a masthead, the title, an
/// edition number, the date above the authors, a disclaimer cut by line breaks, a dotted-leader
/// contents table, and running headers and footers with page numbers between the pages.
/// </summary>
public class ResearchPaperPdfPageTests
{
    private const string Title = "Grain Corridor Talks: Where the Northwind Negotiations Stand";
    private const string Body = "The fourth round of talks in Oslo ended on 3 March without agreement on export quotas.";
    private const string Second = "Northwind still demands a quota of 12 million tonnes, and the Council refuses to go above nine.";
    private const string Third = "A fifth round is expected in April, but few observers expect movement before the harvest.";

    private static readonly string Header = Title.ToUpperInvariant();

    private static string Page() =>
        $"LEGISLATIVE LIBRARY SERVICE\nSERVICE DE LA BIBLIOTHÈQUE LÉGISLATIVE\n{Title}\nPublication No. 2027-11-E\n14 March 2027\n"
        + "Jana Holm and Piet Varga, Economics and Trade Division\nThis paper is also available in French.\n"
        + "Background papers of the Legislative Library Service are prepared for parliamentarians and\n"
        + "committees. They provide non-partisan analysis and do not represent the views of any\npolitical party.\n"
        + "CONTENTS\n1 THE TALKS .................................. 1\n2 THE POSITIONS ............................... 2\n"
        + $"3 OUTLOOK ..................................... 3\n\n1 THE TALKS\n\n{Body}\n\nLEGISLATIVE LIBRARY SERVICE 1\n\n"
        + $"{Header}\n\n2 THE POSITIONS\n\n{Second}\n\nLEGISLATIVE LIBRARY SERVICE 2\n\n"
        + $"{Header}\n\n3 OUTLOOK\n\n{Third}\n\nLEGISLATIVE LIBRARY SERVICE 3\n\n"
        + $"{Header}\n\n© Legislative Library Service, Oslo, Norway, 2027\n";

    [Fact]
    public void Running_headers_and_numbered_footers_are_not_text()
    {
        var article = Readers.Read(Page());
        article.Body.ShouldNotContain(Header);
        article.Body.ShouldNotContain("LEGISLATIVE LIBRARY SERVICE");
        article.Body.ShouldContain(Third);
    }

    [Fact]
    public void A_subheading_printed_three_times_without_a_page_number_stays_text()
    {
        var section = $"Key dates\n\n{Body}\n\nKey dates\n\n{Second}\n\nKey dates\n\n{Third}\n";
        var article = Readers.Read($"Northwind Weekly\n{Title}\nBy Jana Holm\n{section}");
        article.Body.ShouldContain("Key dates");
    }

    [Fact]
    public void The_dotted_contents_lines_edition_notes_and_disclaimer_are_not_text()
    {
        var article = Readers.Read(Page());
        article.Body.ShouldNotContain("....");
        article.Body.ShouldNotContain("Publication No.");
        article.Body.ShouldNotContain("also available in French");
        article.Body.ShouldNotContain("non-partisan");
        article.Body.ShouldNotContain("are prepared for");
        article.Body.ShouldNotContain("political party");
    }

    [Fact]
    public void The_title_under_a_bilingual_masthead_and_the_authors_under_the_date_are_read()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Title);
        article.Author.ShouldBe("Jana Holm and Piet Varga");
        article.Published.ShouldNotBeNull();
        article.Published!.ToString().ShouldBe("2027-03-14");
    }

    [Fact]
    public void The_outlet_of_a_copyright_line_with_a_place_keeps_no_comma()
    {
        Readers.Read(Page()).Outlet.ShouldBe("Legislative Library Service");
    }
}
