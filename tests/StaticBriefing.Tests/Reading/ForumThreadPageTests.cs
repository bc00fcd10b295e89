namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented forum thread: the pinned-topic notice, the moderator's badge and the members' username
/// lines (snake_case or CamelCase) over their post dates are furniture; the posts are text.
/// </summary>
public class ForumThreadPageTests
{
    private const string Headline = "Velmar round: harbour swap agreed, northern ports still open [news + discussion]";
    private const string Summary = "The fourth round of harbour talks ended in Velmar on Tuesday after two days of meetings.";
    private const string Reply = "Not quite. The harbour authority said yesterday that it could accept observers at the northern ports.";

    private static string Page() => string.Join("\n",
        "Skip to main content", "Agoraboard", "Log In", "Sign Up", "Search", "World Politics › Northland", Headline,
        "This topic is pinned globally. It will appear at the top of its category until it is unpinned.",
        "harbour_mod", "Moderator", "May 4", Summary, "♥ 41", "Reply", "DockWatcher", "May 4", Reply, "♥ 12", "Reply",
        "Want to read more? Browse other topics in World Politics or view latest topics.", "About\tFAQ\tGuidelines\tTerms of Service\tPrivacy Policy",
        "© 2027 Agoraboard. Powered by Discourse.", "");

    [Fact]
    public void Username_badge_and_pinned_notice_lines_of_a_forum_thread_are_not_text()
    {
        var article = Readers.Read(Page());
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Summary}\n\n{Reply}");
    }
}
