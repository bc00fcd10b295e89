namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented broadcaster's daily list of key events: the save and share prompts under the date line and
/// a photo caption ending in its credit in square brackets are furniture; the topic headings and the
/// items under them are text.
/// </summary>
public class KeyEventsListPageTests
{
    private const string Headline = "Corridor talks: List of key events, day 412";
    private const string Standfirst = "As negotiators prepare for a new round in Port Alder, both sides spar over the winter convoys.";
    private const string Item = "Northwind’s harbour office said on Wednesday that two convoys had sailed without any inspection at sea.";

    private static string Page() => string.Join("\n",
        "Harbour News", "Live", "Search", Headline, Standfirst, "Published On 2 Mar 2027",
        "Save articles to read later and create your own reading list.", "Click here to share on social media",
        "Dockers load grain at the port of Alder on March 1, 2027 [Harbour Agency/Stringer]",
        "Convoys", Item, "Source: Harbour News and news agencies", "© 2027 Harbour News Network", "");

    [Fact]
    public void The_prompts_and_the_bracketed_caption_go_and_the_heading_stays()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Standfirst}\n\nConvoys\n\n{Item}");
    }
}
