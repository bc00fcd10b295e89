using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented market association's numbered circular: an accessibility toolbar above the headline is
/// no title, the memo's form fields (Ref:, Title: repeating the headline, Type:, Deadline:, Related links:)
/// are chrome while From: is the byline and Date: the date, a lettered item "(c) …" is no copyright
/// line, and the notice that the page is no legal advice is chrome.
/// </summary>
public class MarketCircularPageTests
{
    private const string Headline = "Harbour corridor: state of the talks and guidance for cargo underwriters";
    private const string Purpose = "Purpose: To set out the corridor agreed at Port Alder and the Association’s guidance to members.";
    private const string Item = "(c) a ship cleared at the inspection centre is not, for that reason alone, covered against mines.";

    private static readonly string Page = string.Join("\n",
        "Skip to main content", "Alder Cargo Market Association", "Members' area | Log in",
        "About | Market bulletins | Committees | Events | News",
        "Accessibility: Text size A A A | High contrast",
        "You are here: Home > Market bulletins > 2027 > CB 27/041",
        Headline, "Ref: CB 27/041", $"Title: {Headline}", Purpose, "Type: Event",
        "From: Oona Brandt, Head of Cargo Policy", "Date: 4 March 2027", "Deadline: None",
        "Related links: CB 27/012 (Listed Areas review, January 2027) | Cargo Clauses (2025 edition)",
        "1. Background",
        "On 20 February Northwind and Southmark signed a corridor arrangement for merchant shipping in the harbour, for an initial period of 60 days.",
        "(a) cover for vessels bound for the two ports should be written for no more than 30 days at a time;",
        "(b) calls at other ports remain outside the arrangement;", Item,
        "This bulletin is for members of the Alder Cargo Market Association and their brokers. It is not legal advice.",
        "Was this page helpful? Yes | No",
        "© Alder Cargo Market Association 2027", "");

    [Fact]
    public void The_accessibility_toolbar_is_no_title()
    {
        var article = Readers.Read(Page);
        article.Title.ShouldBe(Headline);
        article.Body.ShouldNotContain("Text size");
    }

    [Fact]
    public void The_memos_form_fields_are_chrome_and_from_and_date_give_the_byline()
    {
        var article = Readers.Read(Page);
        article.Author.ShouldBe("Oona Brandt");
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 4));
        article.Body.ShouldStartWith(Purpose);
        foreach (var chrome in new[] { "Ref:", "Title:", "Type:", "Deadline:", "Related links:" })
        {
            article.Body.ShouldNotContain(chrome);
        }
    }

    [Fact]
    public void A_lettered_item_c_is_no_copyright_line_and_the_advice_notice_is_chrome()
    {
        var body = Readers.Read(Page).Body;
        body.ShouldContain(Item);
        body.ShouldNotContain("not legal advice");
    }
}
