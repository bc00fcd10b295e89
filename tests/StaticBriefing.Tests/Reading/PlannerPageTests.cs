using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented wire agency's "week ahead" planner: the dateline alone on its line dates the page (the
/// year from the copyright line), the caps day headings date the entries under them and stay in the
/// text, and the planner's notices, coverage lines, pager and update stamp are chrome.
/// </summary>
public class PlannerPageTests
{
    private const string Intro = "The third round of the harbour talks opens in Port Alder on Wednesday, a week before the grain corridor deal runs out.";
    private const string Entry = "BACKGROUND: Northwind wants the corridor extended by a year, while Southmark has offered only three months and wants inspections.";

    private static readonly string Page = string.Join("\n",
        "Skip to main content", "NORTHGATE WIRE | Client Services", "Home | Planner | Wire | Pictures | Archive",
        "WEEK AHEAD: Harbour talks - Port Alder round, corridor deadline",
        "By Ines Varga, Europe Planning Desk", "OSLO, March 5",
        "All times GMT. Events may be added, moved or cancelled; check the planner for updates.",
        Intro, "", "MONDAY, MARCH 8", "",
        "PORT ALDER - Delegations of Northwind and Southmark meet for the third round. (0900)",
        "COVERAGE: Text, pictures, live video", "+ Add to my planner", Entry, "",
        "TUESDAY, MARCH 9 - WEDNESDAY, MARCH 10", "",
        "BRUSSELS - Ministers meet on the corridor. (1000)",
        "BACKGROUND: Southmark has asked for the inspections to start before any extension of the corridor is signed.", "",
        "< Earlier planners | Later planners >",
        "Planner items are for planning purposes only and are not for publication.",
        "Planner last updated: Friday, March 5, 2027 16:40 GMT",
        "Related planners: WEEK AHEAD: Global markets | DAYBOOK: Europe",
        "(c) 2027 Northgate Wire. All rights reserved.", "");

    [Fact]
    public void The_dateline_on_its_own_line_dates_the_page_and_leaves_the_text()
    {
        var article = Readers.Read(Page);
        article.Published.ShouldBe(new ReferenceDate(2027, 3, 5));
        article.PublishedBasis.ShouldStartWith("dateline 'OSLO, March 5'");
        article.Body.ShouldStartWith(Intro);
    }

    [Fact]
    public void Day_headings_stay_above_their_entries()
    {
        var body = Readers.Read(Page).Body;
        body.ShouldContain($"{Intro}\n\nMONDAY, MARCH 8\n\nPORT ALDER - ");
        body.ShouldContain("TUESDAY, MARCH 9 - WEDNESDAY, MARCH 10\n\nBRUSSELS - ");
        body.ShouldContain(Entry);
    }

    [Fact]
    public void The_planners_notices_coverage_pager_and_stamp_are_chrome()
    {
        var body = Readers.Read(Page).Body;
        foreach (var chrome in new[] { "All times GMT", "COVERAGE:", "Earlier planners", "not for publication", "last updated", "Related planners" })
        {
            body.ShouldNotContain(chrome);
        }
    }
}
