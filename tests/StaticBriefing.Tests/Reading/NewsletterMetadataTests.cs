using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Metadata of e-mail newsletter web views, on invented pages: the byline is the author's name
/// alone on its line with the post date under it; the footer's "© YEAR NAME" names the author,
/// not the outlet, which is the newsletter's masthead. A real outlet in the copyright line stays
/// the outlet, and a name line that is not at the head of the page is no byline.
/// </summary>
public class NewsletterMetadataTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to discuss a new fishing treaty.";
    private const string Second = "Both delegations said the talks would continue next month in Santiago.";
    private const string Headline = "Fishing quotas are back on the table in Geneva";

    private static string Newsletter(string byline, string copyright) =>
        "View in browser\nForwarded this email? Subscribe here for more\nThe Salt Road\n"
        + $"{Headline}\nWhat the ministers agreed, and what they left for later\n{byline}\nShare\nLike\nComment\n"
        + $"Good morning from Oslo.\n{Body}\n{Second}\n"
        + "Thanks for reading The Salt Road! Subscribe for free to receive new posts and support my work.\n"
        + $"Share\nLike\n{copyright}\nYou’re receiving this email because you subscribed to The Salt Road.\nUnsubscribe\n";

    [Fact]
    public void A_name_line_above_the_post_date_is_the_byline_and_the_masthead_is_the_outlet()
    {
        var article = Readers.Read(Newsletter("Ines Calloway\nMar 12, 2025", "© 2025 Ines Calloway"));
        article.Title.ShouldBe(Headline);
        article.Author.ShouldBe("Ines Calloway");
        article.Outlet.ShouldBe("The Salt Road");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 12));
        article.PublishedBasis.ShouldBe("byline 'Mar 12, 2025'");
        article.Body.ShouldNotContain("Ines Calloway");
    }

    [Fact]
    public void A_three_word_name_with_a_particle_above_a_date_is_the_byline_not_a_headline()
    {
        var article = Readers.Read(Newsletter("Ana de la Cruz\n12 March 2025", "© 2025 Ana de la Cruz"));
        article.Author.ShouldBe("Ana de la Cruz");
        article.Title.ShouldBe(Headline);
        article.Outlet.ShouldBe("The Salt Road");
    }

    [Fact]
    public void A_copyright_holder_who_is_the_byline_author_is_not_the_outlet_even_without_a_masthead()
    {
        var article = Readers.Read($"{Headline}\nInes Calloway\nMar 12, 2025\n\n{Body}\n\n{Second}\n\n© 2025 Ines Calloway\n");
        article.Author.ShouldBe("Ines Calloway");
        article.Outlet.ShouldBeNull();
    }

    [Fact]
    public void A_person_named_copyright_holder_yields_to_the_masthead_the_footer_repeats()
    {
        var article = Readers.Read(Newsletter("By Tom Berg", "© 2025 Ines Calloway"));
        article.Author.ShouldBe("Tom Berg");
        article.Outlet.ShouldBe("The Salt Road");
    }

    [Theory]
    [InlineData("© 2025 Pacific Herald", "Pacific Herald")]
    [InlineData("© 2025 Andes Media Group", "Andes Media Group")]
    public void A_copyright_holder_that_is_an_outlet_stays_the_outlet_beside_a_bare_byline(string copyright, string outlet)
    {
        var article = Readers.Read(Newsletter("Ines Calloway\nMar 12, 2025", copyright));
        article.Author.ShouldBe("Ines Calloway");
        article.Outlet.ShouldBe(outlet);
    }

    [Fact]
    public void A_copyright_holder_named_like_a_person_stays_the_outlet_when_nothing_better_names_one()
    {
        var article = Readers.Read($"{Headline}\nBy Tom Berg\n\n{Body}\n\n{Second}\n\n© 2025 Coastal Ledger\n");
        article.Author.ShouldBe("Tom Berg");
        article.Outlet.ShouldBe("Coastal Ledger");
    }

    [Fact]
    public void A_name_line_above_a_date_inside_the_body_is_not_a_byline()
    {
        var article = Readers.Read($"{Headline}\n\n{Body}\n\n{Second}\n\nInes Calloway\nMarch 12, 2025\n\nThe ministers will meet again in April, the organisers said on Tuesday.\n");
        article.Author.ShouldBeNull();
    }

    [Theory]
    [InlineData("Ines Calloway\nShare")]
    [InlineData("Andes Daily\nMar 12, 2025")]
    [InlineData("The Weekly Briefing\nMar 12, 2025")]
    public void A_head_line_that_is_not_a_name_above_a_date_or_a_name_without_one_is_no_byline(string lines) =>
        Readers.Read($"{Headline}\n{lines}\n\n{Body}\n\n{Second}\n").Author.ShouldBeNull();

    [Fact]
    public void A_two_word_masthead_the_footer_names_in_a_subscribe_phrase_is_the_outlet()
    {
        var page = Newsletter("Ines Calloway\nMar 12, 2025", "© 2025 Ines Calloway").Replace("The Salt Road", "Salt Road", StringComparison.Ordinal);
        var article = Readers.Read(page);
        article.Outlet.ShouldBe("Salt Road");
        article.Author.ShouldBe("Ines Calloway");
        article.Title.ShouldBe(Headline);
    }

    [Fact]
    public void A_short_head_label_the_footer_does_not_name_is_no_outlet()
    {
        var article = Readers.Read($"World Affairs\n{Headline}\nInes Calloway\nMar 12, 2025\n\n{Body}\n\n{Second}\n\nSubscribe to our newsletter\n© 2025 Ines Calloway\n");
        article.Outlet.ShouldBeNull();
        article.Author.ShouldBe("Ines Calloway");
    }
}
