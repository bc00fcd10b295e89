namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Furniture of e-mail newsletter web views, TV news sites and wire pages, on invented pages:
/// header links, reaction buttons, sponsor slots and footer notices go; video slots and app
/// prompts go; a teaser list under a heading that is chrome by itself goes; a wire slug line
/// above the headline is a kicker, not the title.
/// </summary>
public class NewsletterAndWireFurnitureTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to discuss a new fishing treaty.";
    private const string Second = "Both delegations said the talks would continue next month in Santiago.";

    private static string BodyOf(string page) => Readers.Read(page).Body;

    [Theory]
    [InlineData("View in browser")]
    [InlineData("Read this email in your browser")]
    [InlineData("Forwarded this email? Subscribe here for more")]
    [InlineData("Restack")]
    [InlineData("Thanks for reading The Fishing Letter! Subscribe for free to receive new posts and support my work.")]
    [InlineData("You’re receiving this email because you subscribed to The Fishing Letter.")]
    [InlineData("A word from our sponsor: learn Spanish with native tutors online. Try it free for two weeks.")]
    [InlineData("The Fishing Letter, 14 Quay Street, Galway, Ireland")]
    [InlineData("▶ Video: the ministers arrive in Geneva")]
    [InlineData("Download the Andes Daily app")]
    [InlineData("Watch live")]
    public void A_newsletter_tv_or_app_furniture_line_goes_wherever_it_stands(string line)
    {
        BodyOf($"{line}\n\n{Body}\n\n{line}\n\n{Second}\n\n{line}\n").ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void Reaction_buttons_between_paragraphs_go_but_a_sentence_with_those_words_stays()
    {
        BodyOf($"{Body}\n\nLike\nComment\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");
        BodyOf($"{Body}\n\nLike the talks, the comment was brief.\n").ShouldBe($"{Body}\n\nLike the talks, the comment was brief.");
    }

    [Fact]
    public void A_teaser_list_under_a_heading_that_is_chrome_by_itself_goes()
    {
        BodyOf($"{Body}\n\n{Second}\n\nTrending\nFerry fares to rise in April\nSchool choir heads to nationals\n")
            .ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_wire_slug_line_with_an_update_number_is_a_kicker_not_the_headline()
    {
        var article = Readers.Read($"WORLD NEWS/DIPLOMACY (UPDATE 4)\nNorway and Chile reopen fishing talks in Geneva\nBy Ana Soto\n\n{Body}\n\n{Second}\n");
        article.Title.ShouldBe("Norway and Chile reopen fishing talks in Geneva");
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }
}
