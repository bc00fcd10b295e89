namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented think tank's standing tracker: "Compiled by" names the authors, the "Last updated" stamp
/// with its local time, the method note, the citation line, the about line and the funder line are
/// furniture, and the date lines heading the timeline's entries are text.
/// </summary>
public class TrackerPageTests
{
    private const string Headline = "Grain corridor tracker: from the harbour round to the winter convoys";
    private const string Summary = "Northwind: wants the corridor kept open all winter; refuses any inspection of its ships at sea.";
    private const string Entry = "The harbour round ended in Port Alder after three days of talks between both delegations.";
    private const string Older = "The Vantreck delegation asked for an inspection regime at sea, which Northwind rejected the same day.";

    private static string Page() => string.Join("\n",
        "ALDER INSTITUTE FOR MARITIME POLICY", "TRACKER", Headline, "Compiled by Ana Ruiz and Tom Berg",
        "Last updated: 4 March 2027, 09:15 (Alder time)",
        "This tracker records the stated positions of the parties. Entries are listed newest first.", "",
        Summary, "", "4 March 2027", Entry, "", "1 March 2027", Older, "",
        "How to cite: Alder Institute for Maritime Policy, 'Grain corridor tracker', updated 4 March 2027.",
        "The Alder Institute for Maritime Policy is an independent, non-partisan think tank based in Port Alder. The views of individual authors are their own.",
        "Supported by the Harbour Research Trust.", "© 2027 Alder Institute for Maritime Policy", "");

    [Fact]
    public void The_trackers_furniture_goes_and_its_entry_dates_stay()
    {
        var article = Readers.Read(Page());
        article.Author.ShouldBe("Ana Ruiz and Tom Berg");
        article.Body.ShouldBe($"{Summary}\n\n4 March 2027\n\n{Entry}\n\n1 March 2027\n\n{Older}");
    }
}
