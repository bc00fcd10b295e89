namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented pages with furniture the body must not keep: a paywall's meter, a digest's size and
/// reading time, a newsletter's footer, a print-edition note, a summary box's label, and a photo
/// caption ending in a handout credit.
/// </summary>
public class DigestAndPaywallFurnitureTests
{
    private const string Headline = "Northwind and Vantreck reopen talks on fishing quotas";
    private const string Body = "Talks between Northwind and Vantreck resumed on Monday in Oslo after a pause of three months.";
    private const string Second = "Both delegations said they would meet again once the harvest figures are known.";

    private static string Page(string head = "", string middle = "", string footer = "") =>
        $"Harbour Ledger\n{Headline}\nBy Ilse Varga\n5 March 2027\n{head}{Body}\n{middle}{Second}\n{footer}© 2027 Harbour Ledger\n";

    [Fact]
    public void A_paywall_meter_is_not_text()
    {
        var article = Readers.Read(Page(head: "You are reading one of 3 free articles this month. Subscribe for full coverage of the fishing trade.\n"));
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void An_access_banner_above_the_headline_is_neither_the_title_nor_text()
    {
        var page = $"Harbour Ledger\nFree to read: this article is part of our fisheries coverage\n{Headline}\nBy Ilse Varga\n5 March 2027\n{Body}\n{Second}\n";
        var article = Readers.Read(page);
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_digests_size_and_reading_time_are_not_text()
    {
        var article = Readers.Read(Page(head: "4 stories · 5 min read\n"));
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_newsletters_footer_lines_are_not_text()
    {
        var footer = "Was this briefing useful? Yes · No\nForward this briefing\nAdvertise with Harbour Ledger\nSources used today: 23\n"
            + "The next issue of the briefing will reach you on Friday morning, as usual.\n";
        var article = Readers.Read(Page(footer: footer));
        article.Body.ShouldNotContain("Forward");
        article.Body.ShouldNotContain("Advertise");
        article.Body.ShouldNotContain("Sources used");
    }

    [Fact]
    public void A_print_edition_note_is_not_text()
    {
        var article = Readers.Read(Page(footer: "This article appeared in the Europe section of the print edition under the headline “Quota quarrel”\n"));
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_summary_boxs_label_inside_the_body_is_not_text()
    {
        var article = Readers.Read(Page(middle: "Key takeaways\nThe quota stays in place for now\nThe next round is open\n"));
        article.Body.ShouldNotContain("Key takeaways");
    }

    [Fact]
    public void A_caption_ending_in_a_handout_credit_is_not_text()
    {
        var article = Readers.Read(Page(middle: "Delegates arrive for the talks in Oslo, Norway, March 3, 2027. Harbour Ledger/Handout\n"));
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
