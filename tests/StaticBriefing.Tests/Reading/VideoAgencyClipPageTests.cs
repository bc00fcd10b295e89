namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented video agency's clip page: a caps masthead naming a brand of the copyright holder, the
/// account links, a caps slug over the headline, the clip widget (story number, duration,
/// restrictions, location, audio, created) around a shotlist whose caps location-and-date lines are
/// content but never the title.
/// </summary>
public class VideoAgencyClipPageTests
{
    private const string Headline = "Harbour talks close in Velmar without a deal on the northern ports";
    private const string Location = "VELMAR, NORTHLAND (4 MAY 2027) (POOL - NO ACCESS NORTHLAND)";
    private const string Shot = "1. Wide of delegates arriving at the harbour hall";
    private const string Story = "The fourth round of harbour talks between Northland and Southmark ended in Velmar on Tuesday without agreement.";

    private static string Page() => string.Join("\n",
        "Skip to content", "LANTERNCAST VIDEO", "Footage for broadcasters", "Search clips",
        "Sign in | Register for access", "Home › World › Politics", "NORTHLAND SOUTHMARK TALKS", Headline,
        "Story No: LC2027-0504-017", "Duration: 02:40", "Restrictions: See script", "Location: Velmar, Northland",
        "Audio: Natural with English speech", "SHOTLIST:", Location, Shot, "STORYLINE:", Story,
        "Created: 04/05/2027 18:10 | Last modified: 04/05/2027 19:02", "© 2027 Lanterncast Media Ltd. All rights reserved.", "");

    [Fact]
    public void The_headline_under_a_caps_slug_is_the_title_and_a_location_line_never_is()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"SHOTLIST:\n\n{Location}\n\n{Shot}\n\nSTORYLINE:\n\n{Story}");
    }

    [Fact]
    public void A_caps_masthead_that_is_a_brand_of_the_copyright_holder_is_the_outlet()
    {
        Readers.Read(Page()).Outlet.ShouldBe("Lanterncast Video");
    }
}
