namespace StaticBriefing.Tests.Reading;

/// <summary>Each chrome family, on invented pages: the chrome goes, the article text stays.</summary>
public class ChromeStrippingTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to discuss a new fishing treaty.";
    private const string Second = "Both delegations said the talks would continue next month in Santiago.";

    private static string Text(string page) => Readers.Read(page).Body;

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Menu")]
    [InlineData("TRENDING")]
    [InlineData("Advertisement")]
    [InlineData("spot_imgspot_img")]
    [InlineData("hero_banner_img")]
    [InlineData("Subscribe to our WhatsApp channel")]
    [InlineData("Follow us on Mastodon and Bluesky")]
    [InlineData("Join our community of 20,000 readers!")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("© 2024 Harbour Gazette. All rights reserved.")]
    [InlineData("Copyright 2023 – Andes Daily. Story no. 77.")]
    [InlineData("Photo : The harbour at dawn. Photo credits : Harbour Gazette.")]
    [InlineData("Image: Reuters")]
    [InlineData("Fishermen unload their catch in Valparaíso on March 3. (Maria Soto/Andes Daily)")]
    [InlineData("Share on Facebook")]
    [InlineData("• Twitter")]
    [InlineData("  • Writer: Andes Daily")]
    [InlineData("  • 5 min read")]
    [InlineData("Friday, March 14, 2025")]
    [InlineData("• Mar 14")]
    [InlineData("Phone:")]
    [InlineData("P.O. Box 12, Valparaíso")]
    [InlineData("Looking for more information?")]
    [InlineData(".")]
    [InlineData("—")]
    [InlineData("English version by the Translation Desk of Example Media")]
    [InlineData("Translated by Ana Ruiz")]
    [InlineData("Privacy Policy")]
    public void A_chrome_line_is_removed_and_the_body_kept(string chrome)
    {
        var text = Text($"{chrome}\n\n{Body}\n\n{chrome}\n\n{Second}\n");
        text.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void Everything_after_a_read_also_heading_is_dropped_once_the_body_has_begun() =>
        Text($"{Body}\n\n{Second}\n\nRead also:\n\nA different story about something else entirely, with a full stop.\n\n    Latest\n")
            .ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("Popular Articles")]
    [InlineData("Related Posts")]
    [InlineData("Comments")]
    public void A_related_stories_heading_before_the_body_is_only_one_line(string heading) =>
        Text($"{heading}\n\n{Body}\n\n{heading}\n\nLooking back, this is unrelated but it is a proper sentence in a list.\n")
            .ShouldBe(Body);

    [Fact]
    public void A_widget_block_goes_whole_including_the_repeated_writer_name() =>
        Text($"A Headline About Fishing Rights\n\n  • Writer: Andes Daily\n    Andes Daily\n  • Mar 14\n  • 2 min read\n\n{Body}\n")
            .ShouldBe(Body);

    [Fact]
    public void A_short_line_printed_twice_in_a_row_is_a_caption_and_goes() =>
        Text($"{Body}\n\nLeaders Keep Demanding a Summit on Fish, Says Minister\nLeaders Keep Demanding a Summit on Fish, Says Minister\n\n{Second}\n")
            .ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void A_paragraph_printed_twice_in_a_row_is_kept_once() =>
        Text($"{Body}\n{Body}\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void A_contact_block_goes() =>
        Text($"{Body}\n\nGet in touch with us today.\n\nPostal Address:\n\nPO Box 99 Springfield\n\nPhone:\n\nlogo\n").ShouldBe(Body);

    [Fact]
    public void Body_subheadings_and_embedded_posts_stay()
    {
        const string page = $"{Body}\n\nProgress Unlikely, Observers Say\n\nWe will not give up our fishing grounds. pic.twitter.com/abc123\n— Ana Ruiz (@AnaRuiz) March 14, 2025\n{Second}\n";
        Text(page).ShouldBe($"{Body}\n\nProgress Unlikely, Observers Say\n\nWe will not give up our fishing grounds. pic.twitter.com/abc123\n\n— Ana Ruiz (@AnaRuiz) March 14, 2025\n\n{Second}");
    }

    [Fact]
    public void A_sentence_hard_wrapped_across_lines_is_joined() =>
        Text("After\nmonths of talks, the two ministers finally agreed on quotas for the coming season.\n")
            .ShouldBe("After months of talks, the two ministers finally agreed on quotas for the coming season.");

    [Fact]
    public void A_page_with_nothing_but_chrome_is_an_error() =>
        Should.Throw<StaticBriefing.Annotation.Data.DataFileException>(() => Readers.Read("Skip to content\n\nAdvertisement\n"))
            .Message.ShouldBe("seeds/page.txt: no article text left after removing site chrome");
}
