namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented pages of two kinds: a government's official site (a site-name line of a headline's
/// length above the menu, no byline, the date above the headline) and a guest column on a
/// newspaper's English site (labels printed in two languages, "© NAME YEAR · Contact · …", a bio
/// box that calls the author "the writer").
/// </summary>
public class OfficialAndColumnPageTests
{
    private const string Headline = "Minister in Oslo: Norway is ready to reopen the fishing talks with Chile";
    private const string Body = "The Minister of Fisheries met her Chilean counterpart on Tuesday on the sidelines of the ocean conference in Oslo.";
    private const string Second = "The talks broke down last year over quotas for the southern fleet.";

    private const string Official =
        $"Skip to main content\nOfficial website of the Ministry of Fisheries of Norway\nNews\nSpeeches\nDecisions\nVisits\nPress office\nSearch the site\n"
        + $"Home › News › Visits\n4 March 2025 - 19:12\n{Headline}\n\n{Body}\n\n{Second}\n\n© 2025 Ministry of Fisheries of Norway\n";

    private const string Column =
        "Fjord Courier\nNews in English from Norway\nForside | Home\nNorway\nWorld\nOpinion\nKirjaudu / Log in\nOPINION | GUEST COLUMN\n"
        + "A quota deal Chile can veto is no deal\nNorway is promised fish after the talks. Its own history says the details decide everything, writes a former envoy.\n"
        + $"Erik Dahl\n4.3.2025 7:00\n\n{Body}\n\n{Second}\n\n© Fjord Courier 2025 · Contact · Advertise · Privacy\n";

    [Fact]
    public void A_site_name_line_above_the_menu_is_not_the_headline()
    {
        var article = Readers.Read(Official);
        article.Title.ShouldBe(Headline);
        article.Body.ShouldNotContain("Official website");
    }

    [Fact]
    public void A_headline_with_its_byline_is_kept_though_menu_lines_and_another_headline_follow()
    {
        var page = $"Fjord Courier\n{Headline}\nBy Erik Dahl\nNorway\nWorld\nFisheries\n4 March 2025\nChile names a new envoy for the talks\n\n{Body}\n";
        Readers.Read(page).Title.ShouldBe(Headline);
    }

    [Fact]
    public void A_label_in_two_languages_is_not_the_headline()
    {
        Readers.Read(Column).Title.ShouldBe("A quota deal Chile can veto is no deal");
    }

    [Fact]
    public void A_bio_that_calls_the_author_the_writer_and_the_sections_views_footer_are_not_text()
    {
        var page = $"Fjord Courier\n{Headline}\nBy Erik Dahl\n4 March 2025\n{Body}\n{Second}\n"
            + "The writer served as Norway's envoy to Chile in 2012–2016 and as ambassador to the Nordic Council in 2016–2020.\n"
            + "Opinion pieces express the views of their authors, not those of Fjord Courier.\n© Fjord Courier 2025\n";
        Readers.Read(page).Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_copyright_holder_before_the_year_with_links_after_it_is_the_outlet()
    {
        Readers.Read(Column).Outlet.ShouldBe("Fjord Courier");
    }
}
