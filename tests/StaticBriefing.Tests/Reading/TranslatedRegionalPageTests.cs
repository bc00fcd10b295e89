using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented regional page read through a translation widget: a news ticker translated literally
/// above the breadcrumb, a "Reporter:" label for the byline, "Publication Date" and "Update Date"
/// stamps with numeric dates, and a "Follow on …" prompt.
/// </summary>
public class TranslatedRegionalPageTests
{
    private const string Headline = "Northwind and Vantreck agree to reopen the border crossing";
    private const string Body = "The governors of Northwind and Vantreck agreed on Saturday to reopen the crossing for trucks and buses.";
    private const string Second = "The crossing had been closed for three months after a dispute over customs fees.";

    private static string Page() =>
        "Select Language ▼\nKuzey Postası\n14 March 2027 Sunday\nNEWS | POLITICS | ECONOMY | WORLD\n"
        + $"LAST MINUTE: Storm warning for Northwind until the weekend\nHome / World\n{Headline}\nReporter: Deniz Aksoy\n"
        + $"Publication Date: 14.03.2027 - 10:22\nUpdate Date: 14.03.2027 - 12:05\nFollow on Vantreck News\n{Body}\n{Second}\n"
        + "© Copyright 2027 Kuzey Postası. All rights reserved.\n";

    [Fact]
    public void A_ticker_item_above_the_breadcrumb_is_not_the_headline()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldNotContain("Storm warning");
    }

    [Fact]
    public void A_reporter_label_names_the_author_and_is_not_text()
    {
        var article = Readers.Read(Page());
        article.Author.ShouldBe("Deniz Aksoy");
        article.Outlet.ShouldBe("Kuzey Postası");
        article.Body.ShouldNotContain("Reporter");
    }

    [Fact]
    public void Publication_and_update_date_stamps_are_date_lines()
    {
        var article = Readers.Read(Page());
        article.Body.ShouldNotContain("Date:");
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 14));
    }

    [Fact]
    public void A_follow_prompt_naming_a_service_is_neither_text_nor_the_title()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
