namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented pages of two kinds: a podcast episode page (show name and tagline, player line, credits,
/// chapter list, trial promo, "SHOW is made by COMPANY") and a curated digest ("Curated by", a
/// publisher company in the copyright line). The masthead and tagline are not the title, and the
/// outlet is the show or site, not its publisher.
/// </summary>
public class ShowAndDigestPageTests
{
    private const string Headline = "Oslo: the fishing talks that nobody expected";
    private const string Lead = "Norway and Chile reopened their fishing talks in Oslo on Tuesday after a year of silence between the two ministries.";
    private const string Second = "Both delegations said the next round would take place in Santiago before the end of the season.";

    private const string Show =
        "Skip to player\nTideline\nA show about the sea, the law and the people who argue over both\nEpisodes\nTopics\nHosts\nSupport us\n"
        + $"Episodes › Season 2\n{Headline}\nEpisode 41 · 37 min\nHosts: Ines Lowe and Per Dahl · Producer: Ana Ruiz\nBy Ines Lowe\n"
        + $"3 June 2025\n{Lead}\n{Second}\nChapters\n00:00 Why Oslo\n07:45 Quotas and “the long night”\n"
        + "Read the full transcript\nMembers hear every episode without ads. Try it free for 14 days.\n"
        + "Tideline is made by Saltmarsh Media. The views of guests are their own.\nMore episodes\nEpisode 40: The Santiago draft\n© 2025 Saltmarsh Media Ltd\n";

    private static string Digest(string logo) =>
        $"{logo}\nThe sea, read for you in five minutes every morning\nHome\nBriefings\nArchive\nAbout\nMorning Briefing\n{Headline}\n"
        + $"Curated by Rosa Lind\nTuesday 3 June 2025, 07:30 CET\n{Lead}\n{Second}\n© 2025 Ember Media BV, Oslo\n";

    [Fact]
    public void The_tagline_under_a_show_name_is_not_the_title_nor_article_text()
    {
        var article = Readers.Read(Show);
        article.Title.ShouldBe(Headline);
        article.Body.ShouldNotContain("people who argue");
    }

    [Fact]
    public void A_show_made_by_the_copyright_holder_is_the_outlet()
    {
        Readers.Read(Show).Outlet.ShouldBe("Tideline");
    }

    [Fact]
    public void Player_line_credits_chapters_promo_and_episode_list_are_not_article_text()
    {
        var body = Readers.Read(Show).Body;
        body.ShouldStartWith("Norway and Chile");
        foreach (var furniture in new[] { "37 min", "Producer", "07:45", "transcript", "14 days", "Saltmarsh", "views of guests", "Santiago draft" })
        {
            body.ShouldNotContain(furniture);
        }
    }

    [Fact]
    public void A_curated_by_line_names_the_author()
    {
        Readers.Read(Digest("Ember")).Author.ShouldBe("Rosa Lind");
    }

    [Fact]
    public void A_site_name_that_begins_its_publisher_company_is_the_outlet_and_its_tagline_not_the_title()
    {
        var article = Readers.Read(Digest("Ember"));
        article.Outlet.ShouldBe("Ember");
        article.Title.ShouldBe(Headline);
    }

    [Fact]
    public void A_logo_short_for_a_name_the_page_prints_in_full_gives_way_to_the_full_name()
    {
        var page = Digest("EMBER\nEmber Media").Replace("© 2025 Ember Media BV, Oslo", "© 2025 Ember Media", StringComparison.Ordinal);
        Readers.Read(page).Outlet.ShouldBe("Ember Media");
    }

    [Fact]
    public void A_headline_right_under_the_masthead_with_its_standfirst_next_is_still_the_title()
    {
        var page = $"Ember\n{Headline}\nA year of silence ends with a surprise invitation to Oslo.\nBy Rosa Lind\n3 June 2025\n{Lead}\n{Second}\n© 2025 Ember Media BV, Oslo\n";
        Readers.Read(page).Title.ShouldBe(Headline);
    }
}
