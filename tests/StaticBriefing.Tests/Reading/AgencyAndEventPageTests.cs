using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented pages of three kinds: a news agency's English service (the date printed above the
/// headline, the author's name alone under the standfirst, a "PLACE, DATE. /AGENCY/." dateline, a
/// copyright line with a year range, a registration imprint), a think tank's event recap ("Summary
/// by", a PDF link, an events list) and a wire page whose date line carries "Updated" mid-line.
/// </summary>
public class AgencyAndEventPageTests
{
    private const string Headline = "Norway ready to reopen fishing talks with Chile";
    private const string Standfirst = "Oslo says the next step is up to Santiago";
    private const string Body = "OSLO, March 3. /Nordpress/. Norway is ready to reopen the fishing talks with Chile, the minister said in an interview broadcast on Friday.";
    private const string Second = "The talks broke down last year over quotas for the southern fleet.";

    private const string Agency =
        $"Nordpress News Agency\nNorway's news for the world · English service\nHome\nPolitics\nWorld\nEconomy\n3 Mar 2025, 14:07\n{Headline}\n{Standfirst}\nIngrid Solberg\n{Body}\n{Second}\n"
        + "Read also: Chile names a new envoy for the Antarctic talks\nTranslated from Norwegian by Per Dahl\n"
        + "© 1999–2025 Nordpress News Agency. All rights reserved.\nMass media registration certificate No. 77-81234\n";

    [Fact]
    public void A_copyright_year_range_is_not_part_of_the_outlet()
    {
        Readers.Read(Agency).Outlet.ShouldBe("Nordpress News Agency");
    }

    [Fact]
    public void A_name_alone_between_the_standfirst_and_the_first_paragraph_is_the_author()
    {
        var article = Readers.Read(Agency);
        article.Author.ShouldBe("Ingrid Solberg");
        article.Body.ShouldNotContain("Ingrid Solberg");
    }

    [Fact]
    public void A_dateline_with_the_agency_between_slashes_after_a_standfirst_is_taken_off_the_text()
    {
        var article = Readers.Read(Agency);
        article.Body.ShouldNotContain("/Nordpress/");
        article.Body.ShouldContain("Norway is ready to reopen");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 3));
    }

    [Fact]
    public void Teasers_translation_credits_and_registration_imprints_are_not_article_text()
    {
        var body = Readers.Read(Agency).Body;
        body.ShouldNotContain("Antarctic");
        body.ShouldNotContain("Translated");
        body.ShouldNotContain("registration");
    }

    [Fact]
    public void A_summary_by_line_names_the_author_and_pdf_links_and_event_lists_are_not_text()
    {
        var page = $"Halden Forum\nEvents › Past events\n{Headline}\nThurs., 8 January 2026 · 14:00–15:30 CET · Oslo and online\n"
            + $"Download the summary (PDF)\nSummary by Rosa Lind\n{Second}\nThe panel agreed that the talks would resume in the spring.\n"
            + "Upcoming events\n12 February 2026 – Four years on: fishing rights and the law\n© 2026 Halden Forum\n";
        var article = Readers.Read(page);
        article.Author.ShouldBe("Rosa Lind");
        article.Body.ShouldNotContain("PDF");
        article.Body.ShouldNotContain("Four years on");
    }

    [Fact]
    public void A_date_line_with_an_update_stamp_mid_line_gives_the_publication_date()
    {
        var page = $"Lodestar Wire\nWorld\nBusiness\nMarkets\nPolitics\n{Headline}\nBy Rosa Lind\nJanuary 26, 2026 9:12 AM GMT+4 Updated 11:40 AM GMT+4\nThe talks resumed in Oslo after a year of silence between the ministries.\n{Second}\n";
        var article = Readers.Read(page);
        article.Published.ShouldBe(new ReferenceDate(2026, 1, 26));
        article.Body.ShouldNotContain("Updated");
    }
}
