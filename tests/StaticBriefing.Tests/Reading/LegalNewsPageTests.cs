namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented legal-news page: its case box (the case caption and database fields) and its entity
/// tags ("Companies mentioned: …") are furniture; the report is the text.
/// </summary>
public class LegalNewsPageTests
{
    private const string Headline = "Harbour court upholds the freeze of Vantreck's port fees";
    private const string Body = "The Harbour Court on Tuesday dismissed the Vantreck port authority's challenge to the regulation that froze its fees in March.";
    private const string Second = "The authority said it would appeal within the two months and ten days the rules allow.";

    private static string Page() => string.Join("\n",
        "Quay & Gavel", Headline, "By Ines Roa", "9 March 2027", "Case information",
        "Case H-12/27, Vantreck Port Authority v Northwind Maritime Board", "Court: Harbour Court (Second Chamber)",
        "Judgment delivered: 9 March 2027", "Documents: Judgment (PDF) | Press release No 12/27",
        Body, Second, "Companies mentioned: Northwind Shipping Ltd", "Government bodies mentioned: Northwind Maritime Board | Vantreck Port Authority",
        "© 2027 Quay & Gavel", "");

    [Fact]
    public void The_case_box_and_the_entity_tags_are_not_text()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
