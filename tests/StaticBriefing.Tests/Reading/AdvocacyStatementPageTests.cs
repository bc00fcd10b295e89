namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented NGO statement: its document number, PDF link, media-contact and take-action headings,
/// petition link and charity-registration line are furniture, not the statement.
/// </summary>
public class AdvocacyStatementPageTests
{
    private const string Headline = "Northwind: Release the detained harbour workers now";
    private const string Body = "Harbour Rights Watch today called on the authorities of Northwind to release the forty workers detained in March.";
    private const string Second = "The organization has documented the cases of all forty workers and their families since the strike began.";

    private static string Page() => string.Join("\n",
        "Harbour Rights Watch", Headline, "4 May 2027", "Index Number: NW 12/3456/2027", "Download PDF (3 pages)",
        Body, Second, "Media contact", "Take action", "Sign the petition: Free the harbour workers",
        "Harbour Rights Watch is a registered charity in Vantreck (No. 1234567).", "© 2027 Harbour Rights Watch", "");

    [Fact]
    public void The_furniture_of_an_advocacy_statement_is_not_text()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
