using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented ministry's English translation of its minister's newspaper interview: a menu whose items
/// hold an ampersand ("Trade &amp; Harbour Policy"), a breadcrumb, the translation notice over the title,
/// and the interview's date line with its kind after a dash ("14.03.2027 - Interview").
/// </summary>
public class MinistryInterviewPageTests
{
    private const string Headline = "Minister Varga: “The corridor must stay open all winter”";
    private const string Intro = "Trade Minister Ilona Varga spoke to the Harbour Courier about the grain corridor and the winter convoys.";
    private const string Question = "Minister, the delegations meet again next week. What do you expect?";
    private const string Answer = "I expect Northwind to keep its word and let the convoys sail without any inspection at sea.";

    private static string Page() => string.Join("\n",
        "Skip to main content", "Ministry of Trade", "Menu", "Trade & Harbour Policy", "Travel & Safety", "Visa & Residence",
        "About us", "Newsroom", "Search", "Home > Newsroom > Interviews",
        "Please note: This is a translation of the Alderish original. Only the Alderish text is authoritative.",
        Headline, "14.03.2027 - Interview", Intro, Question, Answer,
        "Keywords: Trade, Corridor", "Print page", "To top", "© Ministry of Trade 2027", "");

    [Fact]
    public void The_title_follows_the_translation_notice_and_the_date_line_dates_the_page()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 14));
        article.Body.ShouldBe($"{Intro}\n\n{Question}\n\n{Answer}");
    }
}
