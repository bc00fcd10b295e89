namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented rating agency's commentary: its dateline "AGENCY - City - date:" on a line of its own
/// leaves the text, the copyright holder is named without "by" and without "and its subsidiaries",
/// and the regulatory notes (sources, criteria, endorsement, the committee chair, the disclaimer) are chrome.
/// </summary>
public class RatingCommentaryPageTests
{
    private const string Action = "Brightwell Ratings has affirmed Northwind at 'B-' and revised the Outlook to Stable from Negative.";
    private const string Driver = "Talks Under Way: The Stable Outlook reflects our view that the harbour talks have made some progress since January.";

    private static readonly string Page = string.Join("\n",
        "Skip to content", "BRIGHTWELL RATINGS", "Ratings | Research | Criteria | About us", "RATING ACTION COMMENTARY",
        "Brightwell Affirms Northwind at 'B-'; Outlook Stable", "Tue 9 Mar, 2027 - 10:05 GMT",
        "Access to the full report requires a subscription. Log in or request a trial.",
        "Brightwell Ratings - Oslo - 9 Mar 2027:", Action, "KEY RATING DRIVERS", Driver,
        "Sources of Information: The principal sources of information used in the analysis are described in the Applicable Criteria.",
        "Applicable Criteria: Sovereign Rating Criteria (pub. 2 Feb 2027)",
        "Endorsement Status: Northwind - EU Endorsed",
        "Committee Chairperson: Edda Lind, Managing Director",
        "Additional information is available on www.brightwell.example",
        "DISCLAIMER & DISCLOSURES",
        "All Brightwell Ratings credit ratings are subject to certain limitations and disclaimers.",
        "Copyright © 2027 by Brightwell Ratings, Inc. and its subsidiaries. All rights reserved.", "");

    [Fact]
    public void The_agency_dateline_on_its_own_line_leaves_the_text()
    {
        var article = Readers.Read(Page);
        article.Body.ShouldStartWith(Action);
        article.Body.ShouldNotContain("Oslo - 9 Mar 2027");
        article.Body.ShouldContain(Driver);
    }

    [Fact]
    public void The_copyright_holder_is_the_agency_without_by_and_its_group()
    {
        Readers.Read(Page).Outlet.ShouldBe("Brightwell Ratings");
    }

    [Fact]
    public void The_regulatory_notes_and_the_disclaimer_are_chrome()
    {
        var body = Readers.Read(Page).Body;
        foreach (var chrome in new[] { "subscription", "Sources of Information", "Applicable Criteria", "Endorsement Status", "Edda Lind", "Additional information", "DISCLAIMER", "limitations" })
        {
            body.ShouldNotContain(chrome);
        }
    }
}
