namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented government portal's speech page: the cookie banner and its buttons, the portal's name,
/// search box, breadcrumb lines and kicker, the "From:" issuer line naming a body and the speaker
/// (the author), the date lines, and the "Is this page useful?" widget after the speech.
/// </summary>
public class GovernmentSpeechPageTests
{
    private const string Headline = "Northland's blockade of the harbour prolongs the dispute: statement to the Council";
    private const string Standfirst = "Ambassador Ilse Varga says Southmark will fund a harbour monitoring team and calls on Northland to end the blockade.";
    private const string Speech = "Thank you, Mr Chair. Last month, in this Council, Southmark welcomed the agreement reached in Velmar on the harbour.";

    private static string Page() => string.Join("\n",
        "Cookies on PORTAL.SM", "We use some essential cookies to make this website work.",
        "We’d like to set additional cookies to understand how you use PORTAL.SM, remember your settings and improve government services.",
        "Accept additional cookies", "Reject additional cookies", "View cookies", "Skip to main content", "PORTAL.SM", "Menu",
        "Search PORTAL.SM", "Home", "International", "Foreign affairs", "Speech", Headline, Standfirst,
        "From: Southmark Delegation to the Council and Ilse Varga", "Published 4 May 2027", "Location: Velmar",
        Speech, "Share this page", "Facebook", "Is this page useful?", "Maybe", "Yes this page is useful",
        "No this page is not useful", "Report a problem with this page", "© Crown copyright", "");

    [Fact]
    public void The_banner_and_widgets_of_a_government_speech_page_are_not_text()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Standfirst}\n\n{Speech}");
    }

    [Fact]
    public void The_person_the_issuer_line_names_is_the_author_and_the_portal_the_outlet()
    {
        var article = Readers.Read(Page());
        article.Author.ShouldBe("Ilse Varga");
        article.Outlet.ShouldBe("PORTAL.SM");
    }
}
