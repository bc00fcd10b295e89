namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Page furniture beyond single chrome lines, on invented pages: labels and menus around the body,
/// consent banners, teaser lists, captions with credits, wire credits, disclaimers, tags, imprints,
/// labelled timestamps and author bio boxes go; body text that merely resembles them stays.
/// </summary>
public class PageFurnitureTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to discuss a new fishing treaty.";
    private const string Second = "Both delegations said the talks would continue next month in Santiago.";

    private static string Text(string page) => Readers.Read(page).Body;

    [Fact]
    public void Mastheads_section_labels_and_one_word_menu_items_before_the_body_go() =>
        Text($"Harbour Gazette\nNews\nSport\nWeather\nLog in\n\nOPINION\n\n{Body}\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void A_menu_run_goes_even_with_an_abbreviated_item() =>
        Text($"Menu\nNews\nU.K.\nFisheries\nCulture\n\n{Body}\n").ShouldBe(Body);

    [Fact]
    public void A_footer_menu_of_short_items_after_the_body_goes() =>
        Text($"{Body}\n\n{Second}\n\nAbout the Gazette\nContact the Desk\nCareers\nAdvertise With Us\nHarbour Gazette\n").ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void Short_lines_inside_the_body_stay() =>
        Text($"{Body}\n\nQuotas\n\n{Second}\n").ShouldBe($"{Body}\n\nQuotas\n\n{Second}");

    [Fact]
    public void A_short_sentence_closing_the_article_stays() =>
        Text($"{Body}\n\nTalks resume Monday.\n").ShouldBe($"{Body}\n\nTalks resume Monday.");

    [Theory]
    [InlineData("News | Sport | Culture | Weather")]
    [InlineData("Home › Americas › Chile")]
    [InlineData("Imprint • Careers • Data protection")]
    public void A_one_line_menu_or_breadcrumb_goes(string menu) =>
        Text($"{menu}\n\n{Body}\n\n{Second}\n\n{menu}\n").ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void A_consent_banner_with_its_buttons_goes_and_the_headline_is_found()
    {
        var article = Readers.Read($"This site uses cookies to measure traffic. By continuing you consent to our use of cookies.\nReject all\nCookie settings\n\nNorway and Chile Reopen Fishing Talks\n\n{Body}\n");
        article.Title.ShouldBe("Norway and Chile Reopen Fishing Talks");
        article.Body.ShouldBe(Body);
    }

    [Fact]
    public void The_headline_is_the_first_paragraph_of_the_text_and_a_repeat_of_it_lower_down_goes()
    {
        var article = Readers.Read($"Skip to content\n\nNorway and Chile Reopen Fishing Talks\n\n{Body}\n\nNorway and Chile Reopen Fishing Talks\n\n{Second}\n");
        article.Headline.ShouldBe("Norway and Chile Reopen Fishing Talks");
        article.Text.ShouldBe($"Norway and Chile Reopen Fishing Talks\n\n{Body}\n\n{Second}");
    }

    [Fact]
    public void Without_a_headline_the_title_is_generated_and_the_text_is_the_body()
    {
        var article = Readers.Read($"{Body}\n\n{Second}\n");
        article.TitleGenerated.ShouldBeTrue();
        article.Headline.ShouldBeNull();
        article.Text.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void Consent_buttons_on_their_own_lines_go() =>
        Text($"We and our partners use cookies to personalise content and ads.\n\nAllow all cookies\n\nManage preferences\n\n{Body}\n").ShouldBe(Body);

    [Fact]
    public void A_teaser_list_under_a_most_read_heading_goes_and_the_body_resumes() =>
        Text($"{Body}\n\nMost read\n\nPenguins return to southern beaches\n\nNew ferry link for the fjords\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("Trawlers crowd the port of Valparaíso on Friday. Photo: Maria Soto / Andes Daily")]
    [InlineData("Trawlers crowd the port of Valparaíso on Friday. (Photo by Maria Soto/Getty Images)")]
    [InlineData("Trawlers crowd the port of Valparaíso on Friday. Maria Soto / AFP")]
    [InlineData("Photo by Tom Berg via the ministry")]
    [InlineData("Credit: Norwegian Ministry of Fisheries")]
    public void A_caption_with_its_credit_goes(string caption) =>
        Text($"{caption}\n\n{Body}\n\n{caption}\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("Reporting by Ana Ruiz in Santiago; Writing by Tom Berg; Editing by Lise Dahl")]
    [InlineData("(Additional reporting by Tom Berg in Oslo; Editing by Lise Dahl)")]
    [InlineData("Contributing: Tom Berg")]
    [InlineData("Harbour Gazette reporter Tom Berg in Oslo contributed to this report.")]
    [InlineData("This story has been updated to add the minister's comments.")]
    [InlineData("Read all our coverage of the talks at https://gazette.example/fisheries")]
    [InlineData("The views expressed here are the author's own.")]
    [InlineData("Opinions expressed in this column do not reflect those of the Gazette.")]
    [InlineData("Editor's note: this story was updated with the minister's reply.")]
    [InlineData("Our Standards: The Harbour Gazette Trust Principles.")]
    [InlineData("Tags: fisheries, Chile, Norway")]
    [InlineData("Topics: Diplomacy")]
    [InlineData("Harbour Gazette Ltd – 4 Quay Street, Valparaíso – desk@harbourgazette.example")]
    [InlineData("Enter your email address")]
    [InlineData("Get our weekly fisheries briefing")]
    [InlineData("Updated: 14 March 2025, 09:30 GMT")]
    [InlineData("Published 14.03.2025 at 10:05")]
    public void Credits_disclaimers_tags_imprints_signups_and_timestamps_go(string chrome) =>
        Text($"{Body}\n\n{Second}\n\n{chrome}\n").ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("Reporting by Reuters showed that both fleets had exceeded their quotas.")]
    [InlineData("The views expressed by the minister were welcomed in the port of Valparaíso.")]
    [InlineData("Our standards of inspection are the strictest in the region, the minister said.")]
    public void Body_sentences_that_resemble_credits_stay(string sentence) =>
        Text($"{Body}\n\n{sentence}\n\n{Second}\n").ShouldBe($"{Body}\n\n{sentence}\n\n{Second}");

    [Fact]
    public void An_author_bio_after_the_body_goes_once_the_byline_names_the_author() =>
        Text($"By Maria Soto\n\n{Body}\n\n{Second}\n\nMaria Soto is a correspondent covering fisheries and the Pacific coast.\n").ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void Without_a_byline_a_sentence_about_a_person_stays() =>
        Text($"{Body}\n\nMaria Soto is a fisher who has worked the coast for thirty years.\n").ShouldBe($"{Body}\n\nMaria Soto is a fisher who has worked the coast for thirty years.");

    [Theory]
    [InlineData("16:45")]
    [InlineData("9.05 am")]
    [InlineData("07:10 CET")]
    [InlineData("Load more")]
    [InlineData("See older posts")]
    public void Live_blog_entry_stamps_and_load_more_buttons_go_inside_the_body(string line) =>
        Text($"{Body}\n\n{line}\n{Second}\n\n{line}\n\n{Body}\n").ShouldBe($"{Body}\n\n{Second}\n\n{Body}");

    [Theory]
    [InlineData("Listen to this story · 6 min")]
    [InlineData("3 min listen")]
    [InlineData("Play video")]
    [InlineData("Watch: Chilean trawlers return to port after the storm")]
    [InlineData("Listen: the fisheries minister on the new quotas")]
    public void Audio_and_video_slots_go(string line) =>
        Text($"{Body}\n\n{line}\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("Start the discussion")]
    [InlineData("57 comments · Sign in to reply")]
    [InlineData("1,204 comments")]
    [InlineData("Comments (38)")]
    [InlineData("Commenting is closed for this article")]
    [InlineData("View all 57 comments")]
    public void Comment_counters_and_prompts_go(string line) =>
        Text($"{Body}\n\n{line}\n\n{Second}\n").ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("At 16:45 the Chilean delegation left the room.")]
    [InlineData("Some 300 comments were sent to the ministry before the deadline.")]
    [InlineData("Watch the quotas, one delegate said, because they decide everything.")]
    public void Body_sentences_that_resemble_stamps_counters_or_prompts_stay(string line) =>
        Text($"{Body}\n\n{line}\n\n{Second}\n").ShouldBe($"{Body}\n\n{line}\n\n{Second}");
}
