namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented student newspaper's story: the reach line ending in an e-mail address and a full stop,
/// and the contributing-reporting credit, are furniture after the text.
/// </summary>
public class StudentPaperPageTests
{
    private const string Headline = "Visiting envoy tells Alder students the corridor will stay open";
    private const string Body = "A visiting envoy told about 200 students in Brook Hall on Monday that the grain corridor would stay open through the winter.";
    private const string Second = "\"The convoys will sail whatever the weather,\" said the envoy, who spoke for an hour.";

    private static string Page() => string.Join("\n",
        "The Alder Beacon", Headline, "By Jo Marsh, Staff Writer", "March 3, 2027", "", Body, "", Second, "",
        "Jo Marsh can be reached at jmarsh@alderbeacon.example.", "Contributing reporting by Sam Ortiz.",
        "© 2027 The Alder Beacon. All rights reserved.", "");

    [Fact]
    public void The_reach_line_and_the_contributing_credit_are_not_text()
    {
        var article = Readers.Read(Page());
        article.Author.ShouldBe("Jo Marsh");
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
